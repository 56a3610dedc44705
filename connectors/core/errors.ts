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
