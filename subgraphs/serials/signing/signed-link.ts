import { CANONICAL_STEM, encodeDigitalLinkValue } from "../../../lib/gs1/digital-link";
import type { CodeSigner } from "./code-signer";

export interface UnitRef {
  gtin: string;
  serial: string;
  /** Units the hub generated are signed; serials it only saw in events are not its to sign. */
  allocatedAt: Date | null;
}

export const unitElementString = (unit: Pick<UnitRef, "gtin" | "serial">): string => `(01)${unit.gtin}(21)${unit.serial}`;

/** The unit's Digital Link, with its Ed25519 signature as AI 8030 when the hub issued it. */
export async function signedDigitalLink(signer: CodeSigner, tenantId: string, unit: UnitRef): Promise<string> {
  const link = `${CANONICAL_STEM}/01/${unit.gtin}/21/${encodeDigitalLinkValue(unit.serial)}`;
  if (!unit.allocatedAt) {
    return link;
  }
  const { signature } = await signer.sign(tenantId, unit.gtin, unit.serial);
  return `${link}?8030=${signature}`;
}
