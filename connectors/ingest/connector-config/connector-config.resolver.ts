import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { badInput } from "../../../lib/errors/hub-error";
import type { IngestContext } from "../context";
import type { ConnectorConfig } from "./connector-config.repository";
import { ConfigureConnectorInput, ConnectorConfiguration, ConnectorInfo } from "./connector-config.types";

/** How many secrets may be active at once: enough to rotate, few enough to audit. */
export const MAX_SECRETS = 5;

const view = (config: ConnectorConfig): ConnectorConfiguration => ({
  connector: config.connector,
  webhookPath: `/webhooks/${config.tenantId}/${config.connector}`,
  secretCount: config.secrets.length,
  options: config.visibleOptions,
  sealedOptions: config.sealedOptionNames,
  updatedAt: config.updatedAt,
});

@Resolver()
export class ConnectorConfigResolver {
  @Authorized()
  @Query(() => [ConnectorInfo], { description: "The connectors this hub offers." })
  availableConnectors(@Ctx() context: IngestContext): ConnectorInfo[] {
    return context.registry.ids().map((id) => ({ id, description: context.registry.get(id)?.description ?? "" }));
  }

  @Authorized("admin")
  @Query(() => [ConnectorConfiguration], { description: "The connectors configured for the caller's tenant." })
  async connectors(@Ctx() context: IngestContext): Promise<ConnectorConfiguration[]> {
    return (await context.configs.list(context.identity.tenant)).map(view);
  }

  @Authorized("admin")
  @Mutation(() => ConnectorConfiguration, {
    description: "Sets the secrets and options of a connector for the caller's tenant, replacing earlier ones. Secrets are never returned.",
  })
  async configureConnector(@Arg("input") input: ConfigureConnectorInput, @Ctx() context: IngestContext): Promise<ConnectorConfiguration> {
    const connector = context.registry.get(input.connector);
    if (!connector) {
      throw badInput(`No connector "${input.connector}". Known: ${context.registry.ids().join(", ")}.`, { field: "input.connector" });
    }
    if (input.secrets.length === 0 || input.secrets.length > MAX_SECRETS) {
      throw badInput(`secrets must list 1 to ${MAX_SECRETS} secrets, got ${input.secrets.length}.`, { field: "input.secrets" });
    }
    input.secrets.forEach((secret, i) => {
      // The message never repeats the secret: errors reach clients and logs.
      const problem = secret.trim() !== secret ? "has leading or trailing spaces" : connector.secretProblem?.(secret);
      if (problem) {
        throw badInput(`secrets[${i}] ${problem}.`, { field: `input.secrets[${i}]` });
      }
    });
    if (new Set(input.secrets).size !== input.secrets.length) {
      throw badInput("secrets lists the same secret twice.", { field: "input.secrets" });
    }
    const options = connector.validateOptions((input.options ?? {}) as never) as Record<string, unknown>;
    return view(await context.configs.save(context.identity.tenant, connector.id, input.secrets, options));
  }
}
