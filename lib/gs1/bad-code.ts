import { HubError } from "../errors/hub-error";

/** Where a code failed: the AI concerned and the character position in the input, when known. */
export interface BadCodeDetails {
  ai?: string;
  position?: number;
}

/** A malformed code: BAD_CODE with the AI and position, never a 500. */
export const badCode = (message: string, details: BadCodeDetails = {}): HubError =>
  new HubError("BAD_CODE", message, { ...details });
