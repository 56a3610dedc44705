import type { ConnectorEvent, ParseResult } from "./connector";
import { MappingError } from "./errors";

/** Helpers for connector specs. */

/** The events of a parse that must have mapped to events. */
export function eventsOf(result: ParseResult): ConnectorEvent[] {
  if (result.kind !== "events") {
    throw new Error(`expected events, got ${result.kind}: ${JSON.stringify(result)}`);
  }
  return result.events;
}

/** The MappingError a call throws, to check its path and message; anything else fails the test. */
export function mappingError(run: () => unknown): MappingError {
  try {
    run();
  } catch (error) {
    if (error instanceof MappingError) {
      return error;
    }
    throw error;
  }
  throw new Error("expected a MappingError");
}
