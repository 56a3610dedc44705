import { Arg, Authorized, Ctx, ID, Query, Resolver, Root, Subscription, type SubscribeResolverData, type SubscriptionHandlerData } from "type-graphql";
import { requireRole } from "../../../lib/auth/auth-checker";
import type { SerialsContext } from "../context";
import { Job } from "./job.entity";
import { fromJobPayload, jobTopic, type JobPayload } from "./job.topics";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Job)
export class JobResolver {
  @Authorized()
  @Query(() => Job, { nullable: true, description: "A background job of the caller's tenant." })
  job(@Arg("id", () => ID) id: string, @Ctx() context: SerialsContext): Promise<Job | null> | null {
    return UUID.test(id) ? context.jobs.find(context.identity.tenant, id) : null;
  }

  @Subscription(() => Job, {
    description: "A job's progress after each batch, until it is DONE or FAILED.",
    topics: ({ context, args }: SubscribeResolverData<JobPayload, { id: string }, SerialsContext>) => {
      requireRole(context.identity, ["admin", "integrator"]);
      return jobTopic(args.id);
    },
    filter: ({ payload, context }: SubscriptionHandlerData<JobPayload, { id: string }, SerialsContext>) =>
      payload.tenantId === context.identity.tenant,
  })
  jobProgress(@Root() payload: JobPayload, @Arg("id", () => ID) _id: string): Job {
    return fromJobPayload(payload);
  }
}
