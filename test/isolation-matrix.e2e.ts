import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { ROLES, type Role } from "../lib/auth/identity";
import { projectPath } from "../lib/paths";
import { parseRoles, readFieldAccess } from "../lib/testing/field-access-doc";
import { PROBES, type Probe, type Side } from "../lib/testing/isolation-probes";
import { OTHER, OWNER, ownerRows, seedTenants, type Seeded } from "../lib/testing/isolation-seed";
import { REST_PROBES, type RestProbe } from "../lib/testing/rest-probes";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
/** Who calls: nobody (no token), a role of the owning tenant, or the other tenant's admin. */
type Caller = { name: string; tenant?: string; role?: Role };

const DENIALS = ["UNAUTHENTICATED", "FORBIDDEN"];
const NOBODY: Caller = { name: "no token" };
const OTHER_ADMIN: Caller = { name: `${OTHER} admin`, tenant: OTHER, role: "admin" };
const OWNER_ROLES: Caller[] = ROLES.map((role) => ({ name: `${OWNER} ${role}`, tenant: OWNER, role }));
const codesOf = (answer: Answer) => (answer.errors ?? []).map((error) => error.extensions?.code ?? "NONE");

/** The root fields the gateway serves: those of the committed API schema. */
const servedRoots = (): string[] => {
  const schema = buildSchema(readFileSync(projectPath("gateway/api-schema.graphql"), "utf8"));
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
    Object.keys(root?.getFields() ?? {}).map((field) => `${root?.name}.${field}`),
  );
};

describe("tenant isolation matrix: every root field and REST route, as every kind of caller, through the gateway", () => {
  let hub: TestHub;
  let seed: Seeded;
  const roles = new Map(readFieldAccess().fields.map((row) => [row.name, parseRoles(row.roles)]));
  const routeRoles = new Map(readFieldAccess().routes.map((row) => [row.name, parseRoles(row.roles)]));
  const fields = servedRoots();
  const probes = PROBES.filter((probe) => fields.includes(probe.field));
  const tally = { graphql: 0, rest: 0, isolation: 0, passed: 0 };
  const failures: string[] = [];

  const token = (caller: Caller) => (caller.tenant && caller.role ? hub.token(caller.tenant, caller.role) : undefined);
  const check = (kind: keyof Omit<typeof tally, "passed">, ok: boolean, failure: string) => {
    tally[kind] += 1;
    tally.passed += ok ? 1 : 0;
    if (!ok) {
      failures.push(failure);
    }
  };

  async function ask(probe: Probe, caller: Caller, side: Side): Promise<Answer> {
    const query = probe.operation(seed, side);
    if (!probe.field.startsWith("Subscription.")) {
      const response = await fetch(`${hub.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token(caller) ? { authorization: `Bearer ${token(caller)}` } : {}) },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as Answer;
    }
    const client = createClient({
      url: `${hub.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token(caller) ? { authorization: `Bearer ${token(caller)}` } : {},
    });
    try {
      const first = client.iterate({ query }).next();
      const silence = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no answer within 10 s")), 10_000).unref());
      const { value } = await Promise.race([first, silence]);
      return (value ?? {}) as Answer;
    } catch (error) {
      return Array.isArray(error) ? { errors: error } : { errors: [{ message: String(error), extensions: { code: "NO_ANSWER" } }] };
    } finally {
      await client.dispose();
    }
  }

  /** What the table says this caller gets: undefined (allowed) or the denial code. */
  function expected(allowed: Set<string>, caller: Caller): string | undefined {
    if (!caller.role) {
      return allowed.has("public") ? undefined : "UNAUTHENTICATED";
    }
    return allowed.has(caller.role) ? undefined : "FORBIDDEN";
  }

  /** Calls every probe as one caller and checks the answer's authorisation against the table. */
  async function column(caller: Caller, side: Side, also?: (probe: Probe, answer: Answer) => void): Promise<void> {
    for (const probe of probes) {
      const answer = await ask(probe, caller, side);
      const want = expected(roles.get(probe.field) ?? new Set(), caller);
      const denial = codesOf(answer).find((code) => DENIALS.includes(code));
      const ok = want === undefined ? denial === undefined && !codesOf(answer).includes("NO_ANSWER") : codesOf(answer)[0] === want;
      check("graphql", ok, `${probe.field} as ${caller.name}: expected ${want ?? "allowed"}, got ${JSON.stringify(answer.errors ?? "data")}`);
      if (ok && want === undefined) {
        also?.(probe, answer);
      }
    }
  }

  beforeAll(async () => {
    hub = await startTestHub();
    seed = await seedTenants(hub);
  }, 180_000);

  afterAll(async () => {
    const total = tally.graphql + tally.rest + tally.isolation;
    console.log(
      `Isolation matrix: ${probes.length} root fields × ${OWNER_ROLES.length + 2} callers = ${tally.graphql} GraphQL checks; ` +
        `${REST_PROBES.length} REST routes → ${tally.rest} checks; ${tally.isolation} data-isolation checks; ${tally.passed} of ${total} passed.`,
    );
    await hub?.stop();
  });

  it("has a row and a probe for every root field the gateway serves, and a probe for every REST route", () => {
    expect(fields.filter((field) => !roles.has(field))).toEqual([]);
    expect(fields.filter((field) => !PROBES.some((probe) => probe.field === field))).toEqual([]);
    expect([...routeRoles.keys()].filter((route) => !REST_PROBES.some((probe) => probe.route === route))).toEqual([]);
    expect(REST_PROBES.filter((probe) => !routeRoles.has(probe.route)).map((probe) => probe.route)).toEqual([]);
  });

  it("refuses callers without a token everywhere but the public fields", async () => {
    const start = failures.length;
    await column(NOBODY, "owner", (probe, answer) => {
      // What anonymous callers may use (verify) shows them the public view only.
      if (probe.showsOwner && answer.data) {
        check("isolation", !probe.showsOwner(answer.data, seed), `${probe.field} showed an anonymous caller ${OWNER}'s records: ${JSON.stringify(answer.data)}`);
      }
    });
    expect(failures.slice(start)).toEqual([]);
  });

  it(`shows ${OTHER}'s admin none of ${OWNER}'s records, and lets it change none`, async () => {
    const start = failures.length;
    const before = await ownerRows(hub);
    await column(OTHER_ADMIN, "other", (probe, answer) => {
      if (probe.showsOwner && answer.data) {
        check("isolation", !probe.showsOwner(answer.data, seed), `${probe.field} showed ${OTHER} ${OWNER}'s records: ${JSON.stringify(answer.data)}`);
      }
      if (probe.otherFails) {
        const codes = codesOf(answer);
        check("isolation", codes.some((code) => probe.otherFails?.includes(code)), `${probe.field} on ${OWNER}'s record as ${OTHER}: expected ${probe.otherFails.join("/")}, got ${JSON.stringify(answer)}`);
      }
    });
    const after = await ownerRows(hub);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    check("isolation", changed.length === 0, `${OTHER}'s calls changed ${OWNER}'s rows in ${changed.join(", ")}`);
    console.log(`${OWNER}'s rows compared before and after ${OTHER}'s calls: ${Object.keys(before).length} tables, ${changed.length} changed.`);
    expect(failures.slice(start)).toEqual([]);
  });

  it.each(OWNER_ROLES.map((caller) => [caller.name, caller]))("answers %s as the table says", async (_name, caller) => {
    const start = failures.length;
    await column(caller, "owner", (probe, answer) => {
      // The owner's admin sees its records through every read: the probes are not blind.
      if (caller.role === "admin" && probe.showsOwner) {
        check("isolation", Boolean(answer.data && probe.showsOwner(answer.data, seed)), `${probe.field} did not show ${OWNER}'s admin its records: ${JSON.stringify(answer)}`);
      }
    });
    expect(failures.slice(start)).toEqual([]);
  });

  async function fetchRoute(probe: RestProbe, caller: Caller): Promise<number> {
    const { method, path, headers, body } = probe.request(seed);
    const response = await fetch(`${hub.url}${path}`, {
      method,
      headers: { ...headers, ...(token(caller) && !probe.anonymous ? { authorization: `Bearer ${token(caller)}` } : {}) },
      body,
    });
    await response.body?.cancel();
    return response.status;
  }

  it("answers every REST route as the table says", async () => {
    const start = failures.length;
    for (const probe of REST_PROBES) {
      const allowed = routeRoles.get(probe.route) ?? new Set();
      const statuses = new Map<Caller, number>();
      for (const caller of [...(probe.credentialOnly ? [] : [NOBODY]), OTHER_ADMIN, ...OWNER_ROLES]) {
        const status = await fetchRoute(probe, caller);
        statuses.set(caller, status);
        const want = expected(allowed, caller);
        const denied = status === 401 || status === 403;
        if (!probe.tokenBlind) {
          const ok = want === undefined ? !denied : status === (want === "UNAUTHENTICATED" ? 401 : 403);
          check("rest", ok, `${probe.route} as ${caller.name}: expected ${want ?? "allowed"}, got ${status}`);
        }
        if (caller === OTHER_ADMIN && probe.otherStatus && want === undefined) {
          check("isolation", status === probe.otherStatus, `${probe.route} for ${OWNER}'s record as ${OTHER}: expected ${probe.otherStatus}, got ${status}`);
        }
      }
      if (probe.tokenBlind) {
        check("rest", new Set(statuses.values()).size === 1, `${probe.route} answers differently with a token: ${JSON.stringify([...statuses.values()])}`);
      }
    }
    expect(failures.slice(start)).toEqual([]);
  });
});
