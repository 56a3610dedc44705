import type DataLoader from "dataloader";
import type { IdentityContext } from "../../lib/auth/auth-checker";
import type { Coverage } from "./coverage/coverage.entity";
import type { SerialKey } from "../../lib/serial-key";

export interface WarrantyContext extends IdentityContext {
  loaders: { coverage: DataLoader<SerialKey, Coverage | null, string> };
}
