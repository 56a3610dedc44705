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
}

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
    extra: { max: options.poolSize },
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
