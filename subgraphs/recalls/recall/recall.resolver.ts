import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { connectionType, decodeCursor, PageArgs, toConnection, validatePageSize } from "../../../lib/federation/relay";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { RecallsContext } from "../context";
import { Product } from "../product/product.stub";
import { Serial } from "../serial/serial.stub";
import { RecallFilter } from "./recall-filter.input";
import { RECALL_READERS } from "./recall-roles";
import { Recall } from "./recall.entity";

export const RecallConnection = connectionType("Recall", Recall);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Recall)
export class RecallResolver {
  @Authorized(...RECALL_READERS)
  @Query(() => Recall, { nullable: true, description: "One of the caller's recalls; null when there is none." })
  recall(@Arg("id", () => ID) id: string, @Ctx() context: RecallsContext): Promise<Recall | null> | null {
    return UUID.test(id) ? context.loaders.byId.load(id) : null;
  }

  @Authorized(...RECALL_READERS)
  @Query(() => RecallConnection, { description: "The tenant's recalls, newest first." })
  async recalls(
    @Arg("filter", () => RecallFilter, { nullable: true }) filter: RecallFilter | null,
    @Args() { first, after }: PageArgs,
    @Ctx() context: RecallsContext,
  ) {
    validatePageSize(first);
    const cursor = after ? (decodeCursor(after, 2) as [string, string]) : undefined;
    const query = { status: filter?.status ?? undefined, gtin: filter?.gtin ? requireGtin(filter.gtin, "filter.gtin") : undefined };
    const rows = await context.recalls.page(context.identity.tenant, query, first + 1, cursor);
    return toConnection(rows, first, (recall) => [recall.openedAt.toISOString(), recall.id]);
  }
}

@Resolver(() => Product)
export class ProductRecallsResolver {
  @FieldResolver(() => [Recall], { description: "The product's recalls, open and closed, newest first." })
  recalls(@Root() product: Product, @Ctx() context: RecallsContext): Promise<Recall[]> {
    return context.loaders.byGtin.load(product.gtin);
  }
}

@Resolver(() => Serial)
export class SerialRecallsResolver {
  @Directive('@requires(fields: "lot commissionedAt")')
  @FieldResolver(() => [Recall], { description: "Recalls whose current scope covers this unit, open and closed, newest first." })
  recalls(@Root() serial: Serial, @Ctx() context: RecallsContext): Promise<Recall[]> {
    const commissionedAt = serial.commissionedAt instanceof Date ? serial.commissionedAt.toISOString() : (serial.commissionedAt ?? null);
    return context.loaders.bySerial.load({ gtin: serial.gtin, serial: serial.serial, lot: serial.lot ?? null, commissionedAt });
  }
}
