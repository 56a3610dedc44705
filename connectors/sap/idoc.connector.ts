import { sharedSecretProblem, verifyBasicOrBearer } from "../core/auth";
import type { Connector } from "../core/connector";
import { field, readIdocDocument, segments } from "./idoc-document";
import { mapDelivery, type IdocOptions } from "./idoc-delivery";
import { validateIdocOptions } from "./options";

/**
 * `sap-idoc`: DELVRY IDocs (DESADV, SHPORD, SHPCON, WHSCON) as SAP posts them over an XML
 * HTTP port, or as SAP Integration Suite's JSON. Basic auth (password = secret) or bearer.
 * Deduplicated on the IDoc number with its sender and client.
 */
export const sapIdocConnector: Connector<IdocOptions> = {
  id: "sap-idoc",
  description: "SAP DELVRY IDoc (XML or Integration Suite JSON): serials in E1EDL24/E1EDL11",
  validateOptions: validateIdocOptions,
  secretProblem: sharedSecretProblem,
  verify(input) {
    verifyBasicOrBearer(input);
    return {};
  },
  parse({ rawBody, options }) {
    const document = readIdocDocument(rawBody);
    const ids: string[] = [];
    const events = document.idocs.flatMap((idoc, i) => {
      const control = segments(idoc, "EDI_DC40")[0];
      ids.push([field(control, "MANDT"), field(control, "SNDPRN"), field(control, "DOCNUM")].filter(Boolean).join("/"));
      return mapDelivery(idoc, options, `${document.root}.IDOC[${i}]`);
    });
    return { kind: "events", events, deliveryId: ids.every((id) => id !== "") ? ids.join("+") : undefined };
  },
};
