import type { Connector } from "./core/connector";
import { ConnectorRegistry } from "./core/registry";
import { epcisConnector } from "./epcis/epcis.connector";
import { netsuiteConnector } from "./netsuite/netsuite.connector";
import { sapEventsConnector } from "./sap/events/sap-events.connector";
import { sapIdocConnector } from "./sap/idoc.connector";
import { shipheroConnector } from "./wms/shiphero.connector";
import { wmsConnector } from "./wms/wms.connector";

/** Every connector the hub offers; the id is the {connector} segment of /webhooks/{tenant}/{connector}. */
export const CONNECTORS = [sapIdocConnector, sapEventsConnector, netsuiteConnector, shipheroConnector, wmsConnector, epcisConnector] as unknown as readonly Connector<never>[];

export const connectorRegistry = (): ConnectorRegistry => new ConnectorRegistry(CONNECTORS);
