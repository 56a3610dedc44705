import type { MigrationInterface, QueryRunner } from "typeorm";

export class Ledger1764400000110 implements MigrationInterface {
  name = "Ledger1764400000110";

  async up(runner: QueryRunner): Promise<void> {
    // One chain per tenant: an auditor verifies their own tenant's history without reading anyone else's.
    // Hashes are lower-case hex, the form the API returns, so an auditor compares them as they are.
    await runner.query(`
      CREATE TABLE serials.ledger_batches (
        tenant_id text NOT NULL,
        seq bigint NOT NULL CHECK (seq > 0),
        event_count integer NOT NULL CHECK (event_count > 0),
        merkle_root text NOT NULL CHECK (merkle_root ~ '^[0-9a-f]{64}$'),
        prev_hash text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
        chain_hash text NOT NULL CHECK (chain_hash ~ '^[0-9a-f]{64}$'),
        committed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, seq)
      )`);
    // Nullable and without a default, so adding them rewrites nothing; events stored before this
    // migration keep NULL and stay outside the ledger.
    await runner.query(`ALTER TABLE serials.events ADD COLUMN batch_seq bigint, ADD COLUMN retracted_batch bigint`);
    // Verification and proofs read a batch's leaves by these; retractions are rare, so that index is partial.
    await runner.query(`CREATE INDEX events_tenant_batch ON serials.events (tenant_id, batch_seq)`);
    await runner.query(
      `CREATE INDEX events_tenant_retracted_batch ON serials.events (tenant_id, retracted_batch) WHERE retracted_batch IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX serials.events_tenant_retracted_batch`);
    await runner.query(`DROP INDEX serials.events_tenant_batch`);
    await runner.query(`ALTER TABLE serials.events DROP COLUMN retracted_batch, DROP COLUMN batch_seq`);
    await runner.query(`DROP TABLE serials.ledger_batches`);
  }
}
