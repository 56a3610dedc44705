import { CreateProductDocument, GenerateSerialsDocument, JobProgressDocument, SetSerialPolicyDocument } from "../../clients/generated/graphql";
import type { BenchHub } from "../bench-hub";
import type { BenchResult } from "../run";

const variants = [
  { name: "RANDOM, allocated", gtin: "09520123456788", mode: "RANDOM" as const, commission: false },
  { name: "RANDOM, commissioned", gtin: "04012345111118", mode: "RANDOM" as const, commission: true },
  { name: "ENCRYPTED_COUNTER, allocated", gtin: "00614141073467", mode: "ENCRYPTED_COUNTER" as const, commission: false },
];

/** Issues 1,000,000 serials per variant through the API and times it until the job is DONE. */
export async function generation(bench: BenchHub, count = 1_000_000): Promise<BenchResult[]> {
  const admin = bench.client("bench", "admin");
  const results: BenchResult[] = [];
  for (const variant of variants) {
    await admin.request(CreateProductDocument, {
      input: { gtin: variant.gtin, name: variant.name, brand: "Bench", markets: ["DE"], warrantyMonths: 12 },
    });
    await admin.request(SetSerialPolicyDocument, { input: { gtin: variant.gtin, length: 12, mode: variant.mode } });
    const started = process.hrtime.bigint();
    const { generateSerials } = await admin.request(GenerateSerialsDocument, {
      input: { gtin: variant.gtin, count, commission: variant.commission },
    });
    const progress = admin.subscribe(JobProgressDocument, { id: generateSerials.job!.id });
    for await (const event of progress) {
      const job = event.data?.jobProgress;
      if (!job || job.status === "DONE" || job.status === "FAILED") {
        if (job?.status === "FAILED") {
          throw new Error(`Job failed: ${JSON.stringify(event)}`);
        }
        break;
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    results.push({ scenario: `generate ${count.toLocaleString("en")} serials`, variant: variant.name, seconds, rate: count / seconds, unit: "serials/s" });
  }
  return results;
}
