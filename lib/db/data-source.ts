import { DataSource, type MixedList, type EntitySchema } from "typeorm";

export interface ServiceDataSourceOptions {
  url: string;
  /** The PostgreSQL schema the service owns; its migrations table lives there too. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  poolSize: number;
  /** Shown in pg_stat_activity, so an operator can tell the services' connections apart. */
  applicationName: string;
  /** Told when an idle pooled connection breaks (the server restarted); the pool replaces it on its own. */
  onPoolError?(error: Error): void;
}

/**
 * How long taking a connection may wait, for a new one or a free one in the pool. Without a
 * bound, a request waits as long as the operating system keeps trying to reach a database
 * host that dropped off the network (minutes) instead of failing with SERVICE_UNAVAILABLE.
 * Generous, because the same wait covers a busy pool during long set-based work.
 */
export const CONNECT_TIMEOUT_MS = 30_000;

/** Migrations only: `synchronize` stays off everywhere. */
export function createDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    logging: false,
    applicationName: options.applicationName,
    extra: { max: options.poolSize, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    ...(options.onPoolError ? { poolErrorHandler: options.onPoolError } : {}),
  });
}

/**
 * Runs pending migrations under an advisory lock, so replicas that start together do not
 * race; the schema is created first because the migrations table lives inside it.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query("SELECT pg_advisory_lock(hashtext($1))", [`serialhub:migrate:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: "each" });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query("SELECT pg_advisory_unlock(hashtext($1))", [`serialhub:migrate:${schema}`]).catch(() => undefined);
    await runner.release();
  }
}
