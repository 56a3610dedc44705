import { randomUUID } from "node:crypto";
import type { Identity } from "../../../lib/auth/identity";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { keyString } from "../../../lib/serial-key";
import { requireText } from "../../../lib/validation/text";
import { CoverageStatus } from "../coverage/coverage-status";
import type { CoverageService } from "../coverage/coverage.service";
import { warrantyOf } from "../coverage/warranty-view";
import type { Warranty } from "../coverage/warranty.type";
import { unitOfCode } from "../input/unit-code";
import type { SerialsClient } from "../peers/serials-client";
import type { ExtensionRepository } from "./extension.repository";
import type { ExtendWarrantyInput } from "./extension.types";

export interface ExtensionDeps {
  serials: SerialsClient;
  extensions: ExtensionRepository;
  coverage: CoverageService;
}

/** extendWarranty: adds months to a unit's running or expired warranty; a void or unstarted one cannot be extended. */
export class ExtensionService {
  constructor(private readonly deps: ExtensionDeps) {}

  async extend(caller: Identity, input: ExtendWarrantyInput): Promise<Warranty> {
    const key = unitOfCode(input.code, "input.code");
    if (!Number.isInteger(input.months) || input.months < 1 || input.months > 120) {
      throw badInput(`input.months must be a whole number from 1 to 120, got ${input.months}.`, { field: "input.months" });
    }
    const reason = requireText(input.reason, "input.reason", 500);
    const { units, verifications } = await this.deps.serials.inspect(caller, [key], [input.code]);
    const before = (await this.deps.coverage.assess(caller, [key], units, () => verifications[0])).get(keyString(key));
    if (!before?.unit) {
      throw new HubError("NOT_FOUND", `No unit ${key.serial} of GTIN ${key.gtin} is on record.`, { field: "input.code" });
    }
    if (before.coverage.status === CoverageStatus.NOT_REGISTERED || before.coverage.status === CoverageStatus.VOID) {
      throw new HubError("CONFLICT", `The warranty cannot be extended: ${before.coverage.reason ?? before.coverage.status}`, { field: "input.code" });
    }
    await this.deps.extensions.insert({ tenantId: caller.tenant, id: randomUUID(), gtin: key.gtin, serialNumber: key.serial, months: input.months, reason, extendedBy: caller.sub });
    const after = (await this.deps.coverage.assess(caller, [key], units, () => verifications[0])).get(keyString(key));
    return warrantyOf(after ?? before) as Warranty;
  }
}
