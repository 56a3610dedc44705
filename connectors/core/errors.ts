/** A delivery that fails authentication: answered 401 with the reason, nothing stored. */
export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/** A delivery that cannot be mapped: answered 422 with where and why, and kept as rejected. */
export class MappingError extends Error {
  constructor(
    /** Where in the payload, e.g. `DELVRY07.IDOC.E1EDL20.E1EDL24[1].EAN11`. */
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "MappingError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

/**
 * A body that is not a well-formed document at all (syntax, nesting too deep, too many values,
 * a DOCTYPE): answered 400, nothing stored, since replaying the same bytes could never succeed.
 * A MappingError, so every place that handles an unmappable delivery handles this one too.
 */
export class MalformedBodyError extends MappingError {
  constructor(path: string, message: string) {
    super(path, message);
    this.name = "MalformedBodyError";
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
