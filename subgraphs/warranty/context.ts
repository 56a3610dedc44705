import type DataLoader from "dataloader";
import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { SerialKey } from "../../lib/serial-key";
import type { ClaimRepository } from "./claim/claim.repository";
import type { ClaimService } from "./claim/claim.service";
import type { Warranty } from "./coverage/warranty.type";
import type { ExtensionService } from "./extension/extension.service";
import type { ProductsClient } from "./peers/products-client";
import type { RecallsClient } from "./peers/recalls-client";
import type { SerialsClient } from "./peers/serials-client";
import type { RepairService } from "./repair/repair.service";
import type { ReturnService } from "./return/return.service";
import type { SaleService } from "./sale/sale.service";
import type { WarrantySettingsRepository } from "./settings/settings.repository";
import type { WarrantyStatusService } from "./status/warranty-status.service";

/** The services of the warranty subgraph, made once when it starts. */
export interface WarrantyServices {
  /** The other subgraphs warranty asks: it reads none of their tables. */
  peers: { serials: SerialsClient; products: ProductsClient; recalls: RecallsClient };
  settings: WarrantySettingsRepository;
  claims: ClaimRepository;
  sales: SaleService;
  extensionService: ExtensionService;
  claimService: ClaimService;
  repairService: RepairService;
  returnService: ReturnService;
  status: WarrantyStatusService;
}

export interface WarrantyContext extends IdentityContext, WarrantyServices {
  loaders: { coverage: DataLoader<SerialKey, Warranty | null, string> };
}
