import { createInterface } from "node:readline";
import type { Request, Response, Router } from "express";
import type { DataSource } from "typeorm";
import { isPublic, type Identity } from "../../../lib/auth/identity";
import { parseGtin } from "../../../lib/gs1/gtin";
import type { Logger } from "../../../lib/log/logger";
import { MAX_LISTED_SERIALS } from "../../../lib/recalls/recall-unit-state";
import { isSerial } from "../../../lib/serials/serial-range";
import type { UnitImpactClient } from "../impact/unit-impact.client";
import { RECALL_MANAGERS } from "../recall/recall-roles";
import { LIST_CHUNK, type SerialListRepository } from "./serial-list.repository";

export interface SerialListRouteDeps {
  dataSource: DataSource;
  lists: SerialListRepository;
  /** The serials service keeps each list too, to find the units. */
  units: UnitImpactClient;
  log: Logger;
}

interface LineProblem {
  line: number;
  message: string;
}

/** Thrown from the chunk reader so the upload's transaction rolls back: nothing is kept. */
class RefusedUpload extends Error {
  constructor(readonly problems: LineProblem[]) {
    super("refused");
  }
}

const SHOWN_PROBLEMS = 20;

/** One CSV line into fields (RFC 4180 quoting: serials may hold commas and quotes). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      fields.push(field);
      field = "";
    } else {
      field += char;
    }
  }
  return [...fields, field];
}

/** Reads `serial` or `gtin,serial` lines (a header line naming them is skipped) in chunks. */
async function* serialChunks(req: Request, gtin: string, problems: LineProblem[]): AsyncGenerator<string[]> {
  let chunk: string[] = [];
  let number = 0;
  let total = 0;
  const problem = (message: string) => {
    if (problems.length < SHOWN_PROBLEMS) {
      problems.push({ line: number, message });
    }
  };
  for await (const raw of createInterface({ input: req, crlfDelay: Infinity })) {
    number += 1;
    const line = raw.replace(/^\uFEFF/, "");
    if (line.trim() === "" || (number === 1 && /^\s*(gtin\s*,\s*)?serial\s*$/i.test(line))) {
      continue;
    }
    const fields = csvFields(line);
    const serial = fields.length === 1 ? fields[0] : fields[1];
    if (fields.length > 2) {
      problem("Expected `serial` or `gtin,serial`.");
    } else if (fields.length === 2 && (parseGtin(fields[0]) as { gtin14?: string }).gtin14 !== gtin) {
      problem(`GTIN ${fields[0]} is not the list's GTIN ${gtin}.`);
    } else if (!isSerial(serial)) {
      problem(`"${serial}" is not a serial: 1 to 20 GS1 CSET 82 characters.`);
    } else if ((total += 1) > MAX_LISTED_SERIALS) {
      problem(`More than ${MAX_LISTED_SERIALS.toLocaleString("en")} serials.`);
      break;
    } else if (problems.length === 0) {
      chunk.push(serial);
      if (chunk.length === LIST_CHUNK) {
        yield chunk;
        chunk = [];
      }
    }
  }
  if (problems.length > 0) {
    throw new RefusedUpload(problems);
  }
  if (chunk.length > 0) {
    yield chunk;
  }
}

function refuse(res: Response, identity: Identity): boolean {
  if (isPublic(identity)) {
    res.status(401).json({ error: "Uploading a serial list needs a token: send Authorization: Bearer <jwt>." });
    return true;
  }
  if (!identity.roles.some((role) => RECALL_MANAGERS.includes(role))) {
    res.status(403).json({ error: `Uploading a serial list needs one of the roles: ${RECALL_MANAGERS.join(", ")}.` });
    return true;
  }
  return false;
}

/**
 * POST /recalls/serial-lists?gtin=… with a CSV body (one serial a line, or gtin,serial): stores
 * up to 1,000,000 serials in chunks (here, and in the serials service, which finds the units)
 * and answers the list id for a recall scope's serialLists.
 * Any bad line refuses the whole upload with the first problems and their line numbers.
 */
export function serialListRoutes(router: Router, deps: SerialListRouteDeps): void {
  router.post("/recalls/serial-lists", async (req, res) => {
    const identity = res.locals.identity as Identity;
    if (refuse(res, identity)) {
      return;
    }
    const parsed = parseGtin(String(req.query.gtin ?? ""));
    if (!parsed.ok) {
      res.status(400).json({ error: `The gtin query parameter is missing or invalid: ${parsed.reason}`, field: "gtin" });
      return;
    }
    const problems: LineProblem[] = [];
    try {
      const list = await deps.dataSource.transaction((manager) =>
        deps.lists.create(
          manager,
          identity.tenant,
          { gtin: parsed.gtin14, source: "CSV", createdBy: identity.sub },
          serialChunks(req, parsed.gtin14, problems),
          (listId, chunk) => deps.units.addListSerials(identity.tenant, listId, chunk),
        ),
      );
      res.status(201).json(list);
    } catch (error) {
      if (error instanceof RefusedUpload) {
        res.status(400).json({ error: "The list was refused; nothing was stored.", problems: error.problems });
        return;
      }
      deps.log.error({ error: (error as Error).message }, "Serial list upload failed");
      res.status(500).json({ error: "Internal error." });
    }
  });
}
