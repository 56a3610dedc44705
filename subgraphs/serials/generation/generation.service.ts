import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import { badInput, HubError } from "../../../lib/errors/hub-error";
import { validateAiValue } from "../../../lib/gs1/ai-value";
import { requireGtin } from "../../../lib/gs1/gtin";
import type { Logger } from "../../../lib/log/logger";
import type { HubPubSub } from "../../../lib/pubsub/pubsub";
import type { Ff3Pool } from "../../../lib/serials/ff3-pool";
import { CounterSerials, randomSerials } from "../../../lib/serials/serial-generator";
import { maxIssuable, policyProblem, type SerialPolicyValues } from "../../../lib/serials/serial-policy";
import type { EventRepository } from "../event/event.repository";
import type { GenerationParams, Job } from "../job/job.entity";
import type { LedgerRepository } from "../ledger/ledger.repository";
import type { JobRepository } from "../job/job.repository";
import { jobTopic, toJobPayload } from "../job/job.topics";
import type { ProductDirectory } from "../product/product-directory";
import { SerialStatus } from "../serial/serial-status";
import type { Serial } from "../serial/serial.entity";
import type { SerialRepository } from "../serial/serial.repository";
import type { CodeSigner } from "../signing/code-signer";
import { commissioningEvent } from "./commissioning-event";
import type { GenerationRepository } from "./generation.repository";
import { LIST_LIMIT, MAX_PER_REQUEST, type GenerateSerialsInput, type GenerateSerialsResult } from "./generation.types";
import type { SerialKeyStore } from "./serial-key.store";

export interface GenerationDeps {
  dataSource: DataSource;
  products: ProductDirectory;
  repository: GenerationRepository;
  serials: SerialRepository;
  events: EventRepository;
  jobs: JobRepository;
  signer: CodeSigner;
  keys: SerialKeyStore;
  ff3: Ff3Pool;
  pubSub: HubPubSub;
  log: Logger;
  ledger: LedgerRepository;
}

/** Everything one batch needs, worked out once per request or job. */
export interface BatchPlan extends GenerationParams {
  tenantId: string;
  policy: SerialPolicyValues;
  jobId: string | null;
  counters: CounterSerials | null;
}

/** Random serials rarely collide; a space so full that they keep colliding is refused. */
const MAX_ATTEMPTS = 20;

/**
 * generateSerials: units are made under the product's serial policy, never beyond the
 * guess bound, in set-based batches that store the serials (and, if asked, their
 * commissioning event) in one transaction each.
 */
export class GenerationService {
  constructor(private readonly deps: GenerationDeps) {}

  async generate(tenantId: string, input: GenerateSerialsInput): Promise<GenerateSerialsResult> {
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_PER_REQUEST) {
      throw badInput(`input.count must be from 1 to ${MAX_PER_REQUEST}.`, { field: "input.count" });
    }
    const plan = await this.plan(tenantId, input);
    if (input.count <= LIST_LIMIT) {
      const made = await this.deps.dataSource.transaction(async (manager) => {
        await this.reserve(manager, plan, input.count);
        return this.batch(manager, plan, input.count);
      });
      const serials = await this.deps.serials.findByKeys(tenantId, made.map((serial) => ({ gtin: plan.gtin, serial })));
      return { count: serials.length, serials: sortLike(serials, made), job: null };
    }
    const job = await this.deps.dataSource.transaction(async (manager) => {
      await this.reserve(manager, plan, input.count);
      return this.deps.jobs.create(manager, tenantId, input.count, { gtin: plan.gtin, lot: plan.lot, expiry: plan.expiry, commission: plan.commission });
    });
    return { count: input.count, serials: [], job };
  }

  /** Checks the request against the product and its policy; nothing is written yet. */
  async plan(tenantId: string, params: Pick<GenerateSerialsInput, "gtin" | "lot" | "commission">, jobId: string | null = null): Promise<BatchPlan> {
    const gtin = requireGtin(params.gtin, "input.gtin");
    const product = (await this.deps.products.ofTenant(tenantId, [gtin], { fresh: true })).get(gtin);
    if (!product) {
      throw new HubError("NOT_FOUND", `No product with GTIN ${gtin}: create it first.`, { field: "input.gtin" });
    }
    const policy = product.serialPolicy;
    const problem = policyProblem(policy);
    if (problem) {
      throw badInput(`The serial policy of GTIN ${gtin} cannot be used: ${problem.message}`, { field: "input.gtin" });
    }
    let expiry: string | null = null;
    const lot = params.lot ?? null;
    if (lot !== null) {
      try {
        validateAiValue("10", lot);
      } catch (error) {
        throw badInput(`input.lot: ${(error as Error).message}`, { field: "input.lot" });
      }
      const recorded = await this.deps.products.lot(tenantId, gtin, lot);
      if (!recorded) {
        throw new HubError("NOT_FOUND", `No lot "${lot}" of GTIN ${gtin}: record it with createLot first.`, { field: "input.lot" });
      }
      expiry = recorded.expiry;
    }
    const counters = policy.mode === "ENCRYPTED_COUNTER" ? new CounterSerials(policy, await this.deps.keys.keyOf(tenantId), gtin) : null;
    return { tenantId, gtin, lot, expiry, commission: params.commission, policy, jobId, counters };
  }

  private async reserve(manager: EntityManager, plan: BatchPlan, count: number): Promise<void> {
    const max = maxIssuable(plan.policy);
    const before = await this.deps.repository.reserveIssuance(manager, plan.tenantId, plan.gtin, count, max);
    if (before === null) {
      const issued = await this.deps.repository.issued(manager, plan.tenantId, plan.gtin);
      throw badInput(
        `GTIN ${plan.gtin} has ${issued} serials issued of at most ${max} (its serial space / 10,000, the EU FMD guess bound); ` +
          `${count} more would pass it. Lengthen the serials or widen the alphabet with setSerialPolicy.`,
        { field: "input.count", issued: issued.toString(), maxIssuable: max.toString() },
      );
    }
  }

  private async candidates(plan: BatchPlan, count: number): Promise<string[]> {
    if (!plan.counters) {
      return randomSerials(plan.policy, count);
    }
    // Counters are taken outside the batch's transaction, so concurrent batches do not queue on the row.
    const first = await this.deps.repository.takeCounters(this.deps.dataSource.manager, plan.tenantId, plan.gtin, count);
    return plan.counters.serialsFrom(this.deps.ff3, first, count);
  }

  /** Makes `count` new units in the caller's transaction; returns their serials. */
  async batch(manager: EntityManager, plan: BatchPlan, count: number): Promise<string[]> {
    const commissioning = plan.commission ? { eventId: `urn:uuid:${randomUUID()}`, eventTime: new Date() } : null;
    const kid = await this.deps.signer.activeKid(plan.tenantId);
    const made: string[] = [];
    for (let attempt = 0; made.length < count; attempt += 1) {
      if (attempt === MAX_ATTEMPTS) {
        throw new HubError("INTERNAL", `Could not find ${count - made.length} free serials for GTIN ${plan.gtin}: its serial space is nearly full.`);
      }
      const inserted = await this.deps.repository.insertSerials(manager, plan.tenantId, await this.candidates(plan, count - made.length), {
        gtin: plan.gtin,
        status: commissioning ? SerialStatus.ACTIVE : SerialStatus.ALLOCATED,
        lot: plan.lot,
        expiry: plan.expiry,
        jobId: plan.jobId,
        kid,
        commissioning,
      });
      made.push(...inserted);
    }
    if (commissioning) {
      const event = commissioningEvent(plan.gtin, made, plan.lot, plan.expiry, commissioning.eventTime, commissioning.eventId);
      const added = await this.deps.events.insert(manager, plan.tenantId, [event], false);
      await this.deps.events.linkSerials(manager, plan.tenantId, [event]);
      // Generated commissioning is an event like any other: sealed in the ledger with its batch.
      await this.deps.ledger.append(manager, plan.tenantId, { added: [...added], retracted: [] });
    }
    return made;
  }

  /** One batch of a job, with its progress, in one transaction; then the progress is published. */
  async jobBatch(job: Job, plan: BatchPlan, count: number): Promise<void> {
    await this.deps.dataSource.transaction(async (manager) => {
      await this.batch(manager, plan, count);
      await this.deps.jobs.advance(manager, job.id, count);
    });
  }

  async publishProgress(tenantId: string, jobId: string): Promise<void> {
    const job = await this.deps.jobs.find(tenantId, jobId);
    if (job) {
      await this.deps.pubSub.publish(jobTopic(job.id), toJobPayload(job)).catch((error: Error) =>
        this.deps.log.warn({ error: error.message, job: job.id }, "Could not publish job progress"),
      );
    }
  }
}

/** Serials in the order they were made. */
function sortLike(serials: Serial[], order: string[]): Serial[] {
  const position = new Map(order.map((serial, i) => [serial, i]));
  return [...serials].sort((a, b) => (position.get(a.serial) ?? 0) - (position.get(b.serial) ?? 0));
}
