import { parseArgs } from "node:util";
import { ROLES, TENANT_PATTERN, type Role } from "../lib/auth/identity";
import { signHubToken } from "../lib/auth/token";
import { ConfigError, loadConfig } from "../lib/config/config";

const USAGE = `Usage: npm run token -- --role <role> [--role <role>…] --tenant <tenant> [--sub <subject>] [--expires 12h]
Roles: ${ROLES.join(", ")}`;

/** Prints a token signed with the hub's secret; the token is the last line, for scripts. */
function main(): void {
  const { values } = parseArgs({
    options: {
      role: { type: "string", multiple: true },
      tenant: { type: "string" },
      sub: { type: "string" },
      expires: { type: "string", default: "12h" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const roles = values.role ?? [];
  const problems: string[] = [];
  if (roles.length === 0) {
    problems.push("at least one --role is required");
  }
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role)) {
      problems.push(`unknown role "${role}"`);
    }
  }
  if (!values.tenant || !TENANT_PATTERN.test(values.tenant)) {
    problems.push("--tenant must be lower-case letters, digits, '-' or '_' (up to 63)");
  }
  if (problems.length > 0) {
    console.error(`${problems.join("; ")}\n${USAGE}`);
    process.exit(2);
  }
  const config = loadConfig();
  const tenant = values.tenant as string;
  if (!config.tokens.acceptHs256) {
    console.error("Note: this hub trusts SERIALHUB_JWKS_URL's keys and refuses HS256 tokens unless SERIALHUB_JWT_SECRET is set.");
  }
  const token = signHubToken(config, { sub: values.sub ?? `${tenant}-${roles[0]}`, tenant, roles: roles as Role[] }, values.expires);
  console.error(`Token for tenant "${tenant}" with roles ${roles.join(", ")}, valid ${values.expires}:`);
  console.log(token);
}

try {
  main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : (error as Error).message);
  process.exit(2);
}
