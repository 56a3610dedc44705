import { createLogger } from "../log/logger";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { createPubSub } from "./pubsub";
import { pubSubContract } from "../testing/pubsub-contract";

describe("pub/sub over PostgreSQL LISTEN/NOTIFY", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  pubSubContract((channel) => createPubSub({ databaseUrl: database.url, channel, log: createLogger(false) }));

  it("refuses an event too large for NOTIFY instead of losing it silently", async () => {
    const pubsub = await createPubSub({ databaseUrl: database.url, log: createLogger(false) });
    await expect(pubsub.publish("big", { blob: "x".repeat(9000) })).rejects.toThrow(/NOTIFY takes at most/);
    await pubsub.close();
  });
});
