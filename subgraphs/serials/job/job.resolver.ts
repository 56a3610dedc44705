import { Arg, Authorized, Ctx, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { HubError } from "../../../lib/errors/hub-error";
import type { SerialsContext } from "../context";
import { Job } from "./job.entity";
import { fromJobPayload, type JobPayload } from "./job.topics";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Job)
export class JobResolver {
  @Authorized()
  @Query(() => Job, { nullable: true, description: "A background job of the caller's tenant." })
  job(@Arg("id", () => ID) id: string, @Ctx() context: SerialsContext): Promise<Job | null> | null {
    return UUID.test(id) ? context.jobs.find(context.identity.tenant, id) : null;
  }

  // On a subscription @Authorized guards the subscribe step too: a caller without the role gets an error, not silence.
  @Authorized("admin", "integrator")
  @Subscription(() => Job, {
    description: "A job's progress after each batch, until it is DONE or FAILED.",
    // Another tenant's job is as unknown as one that never existed (as in Query.job): NOT_FOUND
    // when subscribing, rather than a subscription that can never deliver.
    subscribe: async ({ context, args }: SubscribeResolverData<JobPayload, { id: string }, SerialsContext>) => {
      const job = UUID.test(args.id) ? await context.jobs.find(context.identity.tenant, args.id.toLowerCase()) : null;
      if (!job) {
        throw new HubError("NOT_FOUND", `No job ${args.id}.`, { field: "id" });
      }
      return context.jobFeed.watch(context.identity.tenant, job.id);
    },
  })
  jobProgress(@Root() payload: JobPayload, @Arg("id", () => ID) _id: string): Job {
    return fromJobPayload(payload);
  }
}
