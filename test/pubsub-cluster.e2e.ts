import { pubSubClusterSuite } from "../lib/testing/pubsub-cluster-suite";

describe("two hub processes sharing PostgreSQL LISTEN/NOTIFY pub/sub", () => {
  pubSubClusterSuite(() => ({}));
});
