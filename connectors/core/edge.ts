/**
 * What a connector accepts at the edge, checked before a byte of the body is read: the media
 * types its parser reads and the largest body it takes. Both are data of the connector.
 */
export interface EdgeLimits {
  /** Bodies over this are refused with 413, from Content-Length or while streaming. */
  maxBodyBytes: number;
  /** Lower-case media types without parameters; "+json" or "+xml" accepts any type with that suffix. */
  mediaTypes: readonly string[];
}

export const KIB = 1024;
export const MIB = 1024 * KIB;

/** Media types of JSON bodies: application/json and every +json type (cloudevents+json, ld+json, …). */
export const JSON_TYPES = ["application/json", "+json"] as const;

/** Media types of XML bodies. */
export const XML_TYPES = ["application/xml", "text/xml", "+xml"] as const;

/** 32 MiB reads "32 MiB", 1,500 bytes "1500 bytes". */
export const formatBytes = (bytes: number): string =>
  bytes % MIB === 0 ? `${bytes / MIB} MiB` : bytes % KIB === 0 ? `${bytes / KIB} KiB` : `${bytes} bytes`;

/** The media type of a Content-Type header, lower case, without parameters. */
export const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? "").split(";")[0].trim().toLowerCase();

function accepts(accepted: readonly string[], type: string): boolean {
  return accepted.some((entry) => (entry.startsWith("+") ? /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) && type.endsWith(entry) : type === entry));
}

/** Why the Content-Type cannot be read by the connector (answered 415), or undefined. */
export function mediaTypeProblem(limits: EdgeLimits, contentType: string | undefined): string | undefined {
  const type = mediaTypeOf(contentType);
  if (accepts(limits.mediaTypes, type)) {
    return undefined;
  }
  const listed = limits.mediaTypes.map((entry) => (entry.startsWith("+") ? `*/*${entry}` : entry)).join(", ");
  return `${type === "" ? "No Content-Type was sent" : `Content-Type ${type} is not accepted`}: send ${listed}.`;
}

/** Why a body of `bytes` is refused (answered 413), or undefined. */
export function sizeProblem(limits: EdgeLimits, bytes: number, declared: boolean): string | undefined {
  if (bytes <= limits.maxBodyBytes) {
    return undefined;
  }
  const what = declared ? `declares ${bytes} bytes and was refused before it was read` : `went past ${limits.maxBodyBytes} bytes, where reading stopped`;
  return `The body ${what}: this connector takes at most ${formatBytes(limits.maxBodyBytes)}.`;
}

/** A body is refused if it is compressed: signatures are over the bytes sent, and inflating would undo the size limit. */
export function encodingProblem(contentEncoding: string | undefined): string | undefined {
  const coding = (contentEncoding ?? "").trim().toLowerCase();
  return coding === "" || coding === "identity" ? undefined : `Content-Encoding ${coding} is not accepted: send the body uncompressed.`;
}
