import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { SerialsContext } from "../context";
import { Serial } from "../serial/serial.entity";
import { EventProof, LedgerLeafKind, LedgerVerification, MerkleSide } from "./ledger.types";

@Resolver(() => Serial)
export class LedgerResolver {
  @Authorized("auditor", "admin")
  @Query(() => LedgerVerification, {
    description: "Recomputes the tenant's tamper-evident ledger and names the first batch that does not verify.",
  })
  ledgerVerification(@Ctx() context: SerialsContext): Promise<LedgerVerification> {
    return context.ledger.verify(context.identity.tenant);
  }

  @Authorized("auditor", "admin", "integrator")
  @FieldResolver(() => [EventProof], {
    description: "Inclusion proofs of the unit's events in the ledger; events stored before the ledger existed have none.",
  })
  async proof(@Root() serial: Serial, @Ctx() context: SerialsContext): Promise<EventProof[]> {
    const rows = await context.ledger.proof(context.identity.tenant, serial.gtin, serial.serial);
    return rows.map((row) => ({
      ...row,
      kind: LedgerLeafKind[row.kind],
      path: row.path.map((step) => ({ hash: step.hash.toString("hex"), side: MerkleSide[step.side] })),
    }));
  }
}
