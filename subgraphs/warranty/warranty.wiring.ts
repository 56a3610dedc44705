import type { SubgraphDeps, SubgraphWiring } from "../../lib/federation/subgraph-module";
import { ClaimRepository } from "./claim/claim.repository";
import { ClaimService } from "./claim/claim.service";
import type { WarrantyContext, WarrantyServices } from "./context";
import { createCoverageLoader } from "./coverage/coverage.loader";
import { CoverageService } from "./coverage/coverage.service";
import { ExtensionRepository } from "./extension/extension.repository";
import { ExtensionService } from "./extension/extension.service";
import { ProductsClient } from "./peers/products-client";
import { RecallsClient } from "./peers/recalls-client";
import { SerialsClient } from "./peers/serials-client";
import { RepairRepository } from "./repair/repair.repository";
import { RepairService } from "./repair/repair.service";
import { ReturnRepository } from "./return/return.repository";
import { ReturnService } from "./return/return.service";
import { SaleRepository } from "./sale/sale.repository";
import { SaleService } from "./sale/sale.service";
import { WarrantySettingsRepository } from "./settings/settings.repository";
import { WarrantyStatusService } from "./status/warranty-status.service";

/** Builds the warranty subgraph's repositories, peer clients and services once, and a context per operation. */
export function wireWarranty({ dataSource, log, peers, upstreamSecret }: SubgraphDeps): SubgraphWiring<WarrantyContext> {
  // Read at each call: serials, products and recalls start alongside warranty.
  const serials = new SerialsClient(() => peers.serials, upstreamSecret);
  const products = new ProductsClient(() => peers.products, upstreamSecret);
  const recalls = new RecallsClient(() => peers.recalls, upstreamSecret);
  const settings = new WarrantySettingsRepository(dataSource);
  const claims = new ClaimRepository(dataSource);
  const repairs = new RepairRepository(dataSource);
  const sales = new SaleRepository(dataSource);
  const extensions = new ExtensionRepository(dataSource);
  const coverage = new CoverageService({ products, settings, extensions });
  const services: WarrantyServices = {
    peers: { serials, products, recalls },
    settings,
    claims,
    sales: new SaleService({ serials, sales, coverage }),
    extensionService: new ExtensionService({ serials, extensions, coverage }),
    claimService: new ClaimService({ serials, claims, coverage, log }),
    repairService: new RepairService({ serials, repairs, claims, settings, log }),
    returnService: new ReturnService({ serials, sales, claims, returns: new ReturnRepository(dataSource) }),
    status: new WarrantyStatusService({ serials, recalls, coverage, claims, repairs, sales, log }),
  };
  return {
    context: (identity) => ({ ...services, identity, loaders: { coverage: createCoverageLoader(serials, coverage, identity) } }),
  };
}
