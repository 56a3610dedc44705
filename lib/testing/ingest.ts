import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gs1CheckDigit } from "../gs1/gtin";
import { projectPath } from "../paths";
import type { TestHub } from "./test-hub";

export interface Delivered {
  status: number;
  body: Record<string, unknown>;
  headers: Headers;
}

/** POSTs raw bytes as a source system would, and reads the JSON answer. */
export async function post(url: string, body: string | Buffer, headers: Record<string, string>): Promise<Delivered> {
  const response = await fetch(url, { method: "POST", headers, body: typeof body === "string" ? body : new Uint8Array(body) });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: response.headers };
}

/** Polls every `everyMs` until `check` returns a value that is not undefined, or fails after `ms`. */
export async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits until the inbox has no pending delivery (of one tenant, or of any). */
export const drained = (hub: { sql: TestHub["sql"] }, tenant?: string, ms = 30_000): Promise<true> =>
  until(
    `the inbox${tenant ? ` of ${tenant}` : ""} to drain`,
    async () => {
      const [row] = await hub.sql<{ n: string }>(`SELECT count(*) AS n FROM ingest.inbox WHERE status = 'pending' AND ($1::text IS NULL OR tenant_id = $1)`, [tenant ?? null]);
      return Number(row.n) === 0 ? (true as const) : undefined;
    },
    ms,
  );

/** A GTIN-14 with a correct check digit from 13 digits. */
export const gtinOf = (body13: string): string => `${body13}${gs1CheckDigit(body13)}`;

export const connectorFixture = (connector: string, name: string): string => readFileSync(projectPath(join("connectors", connector, "fixtures", name)), "utf8");

/**
 * A DELVRY07 IDoc shipping `serials` of one item (EAN11 given), one E1EDL24 per `perLine`
 * serials, as SAP's XML HTTP port posts it.
 */
export function idocXml(options: { docnum: string; vbeln: string; ean: string; serials: string[]; perLine?: number; date?: string; time?: string; lfart?: string }): string {
  const perLine = options.perLine ?? 1000;
  const lines: string[] = [];
  for (let start = 0, line = 1; start < options.serials.length; start += perLine, line += 1) {
    const rows = options.serials.slice(start, start + perLine).map((serial) => `<E1EDL11 SEGMENT="1"><SERNR>${serial}</SERNR></E1EDL11>`);
    lines.push(
      `<E1EDL24 SEGMENT="1"><POSNR>${String(line * 10).padStart(6, "0")}</POSNR><MATNR>300145</MATNR><EAN11>${options.ean}</EAN11>` +
        `<WERKS>1010</WERKS><LGORT>0001</LGORT><CHARG>B1</CHARG><LFIMG>${rows.length}.000</LFIMG><VRKME>ST</VRKME>${rows.join("")}</E1EDL24>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<DELVRY07><IDOC BEGIN="1">
<EDI_DC40 SEGMENT="1"><TABNAM>EDI_DC40</TABNAM><MANDT>100</MANDT><DOCNUM>${options.docnum}</DOCNUM><IDOCTYP>DELVRY07</IDOCTYP><MESTYP>DESADV</MESTYP><SNDPRN>PRDCLNT100</SNDPRN><CREDAT>20250314</CREDAT><CRETIM>102215</CRETIM></EDI_DC40>
<E1EDL20 SEGMENT="1"><VBELN>${options.vbeln}</VBELN><LFART>${options.lfart ?? "LF"}</LFART>
<E1EDT13 SEGMENT="1"><QUALF>006</QUALF><ISDD>${options.date ?? "20250314"}</ISDD><ISDZ>${options.time ?? "101902"}</ISDZ><TZONE_BEG>CET</TZONE_BEG></E1EDT13>
${lines.join("\n")}
</E1EDL20></IDOC></DELVRY07>`;
}
