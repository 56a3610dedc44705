import { buildFederatedSchema } from "../../lib/federation/build-federated-schema";
import type { SubgraphModule } from "../../lib/federation/subgraph-module";
import type { WarrantyContext } from "./context";
import { WarrantyClaim } from "./claim/claim.entity";
import { ClaimResolver } from "./claim/claim.resolver";
import { SerialWarrantyResolver } from "./coverage/coverage.resolver";
import { Extension } from "./extension/extension.entity";
import { ExtensionResolver } from "./extension/extension.resolver";
import { CreateWarranty1764160000200 } from "./migrations/1764160000200-create-warranty";
import { WarrantyRecords1764600000200 } from "./migrations/1764600000200-warranty-records";
import { Product } from "./product/product.stub";
import { Recall } from "./recall/recall.stub";
import { WarrantyRepair } from "./repair/repair.entity";
import { RepairResolver } from "./repair/repair.resolver";
import { ReturnCheck } from "./return/return-check.entity";
import { ReturnResolver } from "./return/return.resolver";
import { SaleRecord } from "./sale/sale.entity";
import { SaleResolver } from "./sale/sale.resolver";
import { resolveSerialReference } from "./serial/serial.reference";
import { Serial } from "./serial/serial.stub";
import { WarrantySettingsResolver } from "./settings/settings.resolver";
import { WarrantyStatusResolver } from "./status/warranty-status.resolver";
import { wireWarranty } from "./warranty.wiring";

export const warrantyModule: SubgraphModule<WarrantyContext> = {
  name: "warranty",
  dir: "subgraphs/warranty",
  dbSchema: "warranty",
  entities: [SaleRecord, Extension, WarrantyClaim, WarrantyRepair, ReturnCheck],
  migrations: [CreateWarranty1764160000200, WarrantyRecords1764600000200],
  buildSchema: () =>
    buildFederatedSchema(
      // Serial is reached only through _entities, so it must be named to be emitted.
      {
        resolvers: [
          SerialWarrantyResolver,
          WarrantyStatusResolver,
          SaleResolver,
          ExtensionResolver,
          ClaimResolver,
          RepairResolver,
          ReturnResolver,
          WarrantySettingsResolver,
        ],
        orphanedTypes: [Serial, Product, Recall],
      },
      { Serial: { __resolveReference: resolveSerialReference } },
    ),
  wire: wireWarranty,
};
