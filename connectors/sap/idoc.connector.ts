import { sharedSecretProblem, verifyBasicOrBearer } from "../core/auth";
import type { Connector } from "../core/connector";
import { field, readIdocDocument, segments } from "./idoc-document";
import { mapDelivery, type IdocOptions } from "./idoc-delivery";
import { validateIdocOptions } from "./options";
import { JSON_TYPES, MIB, XML_TYPES } from "../core/edge";

/** Message types sent before goods issue: nothing has happened to the units yet. */
const NOT_SHIPPED = ["SHPORD"];

/**
 * `sap-idoc`: DELVRY IDocs (DESADV, SHPCON, WHSCON; SHPORD is acknowledged and not mapped) as SAP posts them over an XML
 * HTTP port, or as SAP Integration Suite's JSON. Basic auth (password = secret) or bearer.
 * Deduplicated on the IDoc number with its sender and client.
 */
export const sapIdocConnector: Connector<IdocOptions> = {
  id: "sap-idoc",
  description: "SAP DELVRY IDoc (XML or Integration Suite JSON): serials in E1EDL24/E1EDL11",
  validateOptions: validateIdocOptions,
  // SAP's XML HTTP port sends application/x-sap.idoc; Integration Suite may send XML or JSON.
  // A 10,000-serial IDoc is 0.5 to 3 MB of XML: 32 MiB leaves ten times that.
  edge: { maxBodyBytes: 32 * MIB, mediaTypes: ["application/x-sap.idoc", ...XML_TYPES, ...JSON_TYPES] },
  secretProblem: sharedSecretProblem,
  verify(input) {
    verifyBasicOrBearer(input);
    return {};
  },
  parse({ rawBody, options }) {
    const document = readIdocDocument(rawBody);
    const types = document.idocs.map((idoc) => field(segments(idoc, "EDI_DC40")[0], "MESTYP"));
    if (types.length > 0 && types.every((type) => type !== undefined && NOT_SHIPPED.includes(type))) {
      return { kind: "not-supported", reason: `${types[0]} announces a delivery before goods issue; the units move with the DESADV, SHPCON or WHSCON that follows.` };
    }
    const ids: string[] = [];
    const events = document.idocs.flatMap((idoc, i) => {
      const control = segments(idoc, "EDI_DC40")[0];
      ids.push([field(control, "MANDT"), field(control, "SNDPRN"), field(control, "DOCNUM")].filter(Boolean).join("/"));
      return mapDelivery(idoc, options, `${document.root}.IDOC[${i}]`);
    });
    return { kind: "events", events, deliveryId: ids.every((id) => id !== "") ? ids.join("+") : undefined };
  },
};
