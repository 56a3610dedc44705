import type { MigrationInterface, QueryRunner } from "typeorm";

export class Identity1764200000100 implements MigrationInterface {
  name = "Identity1764200000100";

  async up(runner: QueryRunner): Promise<void> {
    // Lot and expiry come from commissioning ILMD or generation; verification checks them.
    await runner.query(`ALTER TABLE serials.events ADD COLUMN lot text, ADD COLUMN expiry date`);
    await runner.query(`
      ALTER TABLE serials.serials
        ADD COLUMN lot text,
        ADD COLUMN expiry date,
        ADD COLUMN allocated_at timestamptz,
        ADD COLUMN job_id uuid,
        ADD COLUMN signature_kid text`);
    // Ed25519 keys per tenant; private keys sealed with the master key. Retired keys still verify.
    await runner.query(`
      CREATE TABLE serials.signing_keys (
        tenant_id text NOT NULL,
        kid text NOT NULL,
        private_key bytea NOT NULL,
        public_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz,
        PRIMARY KEY (tenant_id, kid)
      )`);
    await runner.query(`CREATE UNIQUE INDEX signing_keys_one_active ON serials.signing_keys (tenant_id) WHERE retired_at IS NULL`);
    // Per GTIN: how many serials were issued, for the guess bound.
    await runner.query(`
      CREATE TABLE serials.serial_counters (
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        issued bigint NOT NULL DEFAULT 0,
        PRIMARY KEY (tenant_id, gtin)
      )`);
    // Per GTIN: the next ENCRYPTED_COUNTER value; its own row, so taking counters never waits on a reservation.
    await runner.query(`
      CREATE TABLE serials.counter_cursors (
        tenant_id text NOT NULL,
        gtin char(14) NOT NULL,
        next_counter bigint NOT NULL,
        PRIMARY KEY (tenant_id, gtin)
      )`);
    await runner.query(`
      CREATE TABLE serials.serial_keys (
        tenant_id text PRIMARY KEY,
        sealed_key bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE serials.jobs (
        id uuid PRIMARY KEY,
        tenant_id text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        total integer NOT NULL,
        done integer NOT NULL DEFAULT 0,
        params jsonb NOT NULL,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz,
        finished_at timestamptz
      )`);
    await runner.query(`CREATE INDEX jobs_unfinished ON serials.jobs (created_at) WHERE status IN ('QUEUED', 'RUNNING')`);
    // The tenant's DSCSA VRS responder GLN, and the trading partners allowed to ask, by GLN.
    await runner.query(`
      CREATE TABLE serials.vrs_settings (
        tenant_id text PRIMARY KEY,
        responder_gln char(13) NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE serials.vrs_requestors (
        tenant_id text NOT NULL,
        gln char(13) NOT NULL,
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, gln)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE serials.vrs_requestors, serials.vrs_settings, serials.jobs, serials.serial_keys, serials.counter_cursors, serials.serial_counters, serials.signing_keys`);
    await runner.query(`ALTER TABLE serials.serials DROP COLUMN lot, DROP COLUMN expiry, DROP COLUMN allocated_at, DROP COLUMN job_id, DROP COLUMN signature_kid`);
    await runner.query(`ALTER TABLE serials.events DROP COLUMN lot, DROP COLUMN expiry`);
  }
}
