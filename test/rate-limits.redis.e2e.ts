import { CreateProductDocument } from "../clients/generated/graphql";
import { fromAddress, type AddressedClient } from "../lib/testing/from-address";
import { startTestHub, type TestHub } from "../lib/testing/test-hub";

const GTIN = "09520123456788";
const VERIFY = `query Verify($code: String!) { verify(code: $code) { verified } }`;

// Runs only when REDIS_URL is set (jest.config.js leaves *.redis.e2e.ts out otherwise).
describe("rate limits shared by two replicas through Redis", () => {
  let first: TestHub;
  let second: TestHub;
  let client: AddressedClient;

  beforeAll(async () => {
    first = await startTestHub({ REDIS_URL: process.env.REDIS_URL as string, SERIALHUB_RATE_LIMIT_PUBLIC: "10/min" });
    second = await startTestHub({}, { shareWith: first });
    await first.client("acme", "admin").request(CreateProductDocument, { input: { gtin: GTIN, name: "Widget", brand: "Acme", markets: ["DE"], warrantyMonths: 12 } });
    client = fromAddress("127.0.0.5");
  });

  afterAll(async () => {
    client?.close();
    await second?.stop();
    await first?.stop();
  });

  it("holds one client to one budget whichever replica it reaches", async () => {
    const answers: { replica: string; status: number }[] = [];
    for (let i = 0; i < 20; i += 1) {
      const replica = i % 2 === 0 ? first : second;
      const answer = await client.graphql(replica.url, VERIFY, { code: `https://id.gs1.org/01/${GTIN}/21/REDIS${i}` });
      answers.push({ replica: replica === first ? "first" : "second", status: answer.status });
    }
    const answered = answers.filter(({ status }) => status === 200);
    const refused = answers.filter(({ status }) => status === 429);
    console.log(
      `rate limits (Redis): 20 checks from 127.0.0.5 alternating over 2 replicas, budget 10/min: ${answered.length} answered ` +
        `(first ${answered.filter(({ replica }) => replica === "first").length}, second ${answered.filter(({ replica }) => replica === "second").length}), ${refused.length} refused`,
    );
    // Counted per process, each replica would have let 10 through: 20 in all.
    expect(answered).toHaveLength(10);
    expect(refused).toHaveLength(10);
    expect(new Set(refused.map(({ replica }) => replica))).toEqual(new Set(["first", "second"]));
  });
});
