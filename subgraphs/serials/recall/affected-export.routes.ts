import type { Response, Router } from "express";
import type { DataSource } from "typeorm";
import { isPublic, type Identity } from "../../../lib/auth/identity";
import type { Logger } from "../../../lib/log/logger";
import { affectedCtes, binder, INDEX_COSTS, type RecallImpactRepository, type SqlStatement } from "./recall-impact.repository";
import { custodianSql, unitStateSql } from "./unit-state";
import type { UnitScope } from "./unit-scope";

export interface AffectedExportDeps {
  dataSource: DataSource;
  impact: RecallImpactRepository;
  log: Logger;
}

const EXPORTERS = ["admin", "recall_coordinator"];
const FETCH_ROWS = 5000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HEADER = "gtin,serial,state,status,listed,lot,expiry,last_event_time,last_biz_step,last_country,last_biz_location,last_read_point,custodian\n";

const csvField = (value: unknown): string => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const EXPORT_COLUMNS = (s: string) =>
  `${unitStateSql(s)} AS state, ${s}.status, ${s}.lot, to_char(${s}.expiry, 'YYYY-MM-DD') AS expiry,
   to_char(${s}.last_event_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS last_event_time,
   ${s}.last_biz_step, ${s}.last_country, ${s}.last_biz_location, ${s}.last_read_point, ${custodianSql(s)} AS custodian`;

/** The recall's units as the previews and progress count them; listed serials first, then in index order (no sort to wait for). */
function exportStatement(tenantId: string, scope: UnitScope): SqlStatement {
  const params: unknown[] = [tenantId];
  const bind = binder(params);
  const ctes = affectedCtes(scope, [], bind, EXPORT_COLUMNS);
  return {
    text: `WITH ${ctes}
      SELECT ${bind(scope.gtin)}::text AS gtin, serial, state, status, listed, lot, expiry, last_event_time, last_biz_step,
             last_country, last_biz_location, last_read_point, custodian
      FROM affected`,
    params,
  };
}

/** Waits until the client has taken what was written, or has gone. */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done).off("close", done);
      resolve();
    };
    res.on("drain", done).on("close", done);
  });
}

function refuse(res: Response, identity: Identity): boolean {
  if (isPublic(identity)) {
    res.status(401).json({ error: "This export needs a token: send Authorization: Bearer <jwt>." });
    return true;
  }
  if (!identity.roles.some((role) => EXPORTERS.includes(role))) {
    res.status(403).json({ error: "This export needs the admin or recall_coordinator role." });
    return true;
  }
  return false;
}

/**
 * GET /recalls/{id}/affected.csv: every unit a recall covers with its state, last known
 * location and custodian. Read through a server-side cursor in one snapshot and written as
 * the client takes it, so a million rows never sit in memory.
 */
export function affectedExportRoutes(router: Router, deps: AffectedExportDeps): void {
  router.get("/recalls/:id/affected.csv", async (req, res) => {
    const identity = res.locals.identity as Identity;
    if (refuse(res, identity)) {
      return;
    }
    const id = req.params.id.toLowerCase();
    const scope = UUID.test(id) ? await deps.impact.scopeOf(identity.tenant, id) : null;
    if (!scope) {
      res.status(404).json({ error: `No recall ${req.params.id}.` });
      return;
    }
    let gone = false;
    res.once("close", () => {
      gone = true;
    });
    const runner = deps.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction("REPEATABLE READ");
      await runner.query(INDEX_COSTS);
      const statement = exportStatement(identity.tenant, scope);
      await runner.query(`DECLARE affected_units NO SCROLL CURSOR FOR ${statement.text}`, statement.params);
      res.set("content-type", "text/csv; charset=utf-8").set("content-disposition", `attachment; filename="recall-${id}-affected.csv"`);
      res.write(HEADER);
      for (;;) {
        const rows: Record<string, unknown>[] = await runner.query(`FETCH ${FETCH_ROWS} FROM affected_units`);
        if (rows.length === 0 || gone) {
          break;
        }
        const chunk = rows.map((row) => Object.values(row).map(csvField).join(",")).join("\n") + "\n";
        if (!res.write(chunk) && !gone) {
          await drained(res);
        }
      }
      await runner.commitTransaction();
      res.end();
    } catch (error) {
      deps.log.error({ error: (error as Error).message, recall: id }, "Affected units export failed");
      await runner.rollbackTransaction().catch(() => undefined);
      res.destroy(error as Error);
    } finally {
      await runner.release();
    }
  });
}
