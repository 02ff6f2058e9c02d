import { Args, ArgsType, Field, Resolver, Subscription } from '@nestjs/graphql';
import { Can, ResumableArgs, SameForEverySubscriber, UuidScalar } from '@wspolnie/platform-graphql';
import { EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { Allow } from 'class-validator';
import { Plan } from './plan.entity';
import { PlansService } from './plans.service';

@ArgsType()
export class PlanStreamArgs extends ResumableArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  planId: string;
}

/** A plan's changes as they commit: its revisions and steps (topic plan) and its comments and threads (topic comment). */
@Resolver(() => Plan)
export class PlanChangesResolver {
  constructor(
    private readonly plans: PlansService,
    private readonly streams: EventStreams,
  ) {}

  // Checked again whenever someone's access in the partnership changes (see guardedStream).
  @Can('plan.read', { plan: 'planId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, {
    description: 'Changes to one plan (revisions, rounds, comments, threads), resumable with afterSeq; the same events are in partnershipActivity.',
    resolve: (event: StreamEvent) => event,
  })
  async planChanges(@Args() args: PlanStreamArgs) {
    const plan = await this.plans.get(args.planId);
    return this.streams.follow(plan.partnershipId, { afterSeq: args.afterSeq ?? undefined, scopeId: plan.id });
  }
}
