import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, alignByKey, Can, groupByKey, type RequestContext, UuidScalar } from '@wspolnie/platform-graphql';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { Resolution } from '../resolution/resolution.entity';
import { ResolutionsService } from '../resolution/resolutions.service';
import { Ballot, Vote } from './vote.entity';
import { CastBallotInput, OpenVoteInput, VoteVersionInput } from './vote.inputs';
import { VoteTallyType } from './vote.types';
import { VotesService } from './votes.service';

@Resolver(() => Vote)
export class VoteResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly resolutions: ResolutionsService,
  ) {}

  @Can('council.read', { vote: 'id' })
  @Query(() => Vote)
  vote(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.votes.get(id);
  }

  @Can('meeting.manage', { agendaItem: 'input.agendaItemId' })
  @Mutation(() => Vote, { description: "Puts an agenda item's motion to a vote: the meeting must be in progress, with a quorum." })
  openVote(@Args('input') input: OpenVoteInput, @CurrentActor() actor: Actor) {
    return this.votes.open(actor, input);
  }

  @Can('meeting.vote', { vote: 'input.voteId' })
  @Mutation(() => Vote, { description: "Casts your gmina's vote, as its representative present at the meeting; once per gmina." })
  castBallot(@Args('input') input: CastBallotInput, @CurrentActor() actor: Actor) {
    return this.votes.cast(actor, input);
  }

  @Can('meeting.manage', { vote: 'input.voteId' })
  @Mutation(() => Vote, { description: 'Closes the vote with its result; an adopted motion becomes a numbered resolution and its decision is applied, all at once or not at all.' })
  closeVote(@Args('input') input: VoteVersionInput, @CurrentActor() actor: Actor) {
    return this.votes.close(actor, input);
  }

  @Can('meeting.manage', { vote: 'input.voteId' })
  @Mutation(() => Vote, { description: 'Ends an open vote without a result; its ballots stay on record.' })
  cancelVote(@Args('input') input: VoteVersionInput, @CurrentActor() actor: Actor) {
    return this.votes.cancel(actor, input);
  }

  @ResolveField(() => VoteTallyType)
  async tally(@Parent() vote: Vote, @Context() context: RequestContext) {
    return this.votes.tally(vote, await this.ballotsOf(vote, context));
  }

  @ResolveField(() => [Ballot], { description: "Each member gmina's vote, in the order cast." })
  ballots(@Parent() vote: Vote, @Context() context: RequestContext) {
    return this.ballotsOf(vote, context);
  }

  @ResolveField(() => Resolution, { nullable: true, description: 'The resolution it adopted.' })
  resolution(@Parent() vote: Vote, @Context() context: RequestContext) {
    return context.loaders.get<string, Resolution | null>(this.resolutions.ofVotes, async (ids) => alignByKey(ids, await this.resolutions.ofVotes(ids), (r) => r.voteId)).load(vote.id);
  }

  @ResolveField(() => AgendaItem)
  agendaItem(@Parent() vote: Vote, @Context() context: RequestContext) {
    return context.loaders.get<string, AgendaItem | null>(this.votes.itemsByIds, async (ids) => alignByKey(ids, await this.votes.itemsByIds(ids), (item) => item.id)).load(vote.agendaItemId);
  }

  private ballotsOf(vote: Vote, context: RequestContext): Promise<Ballot[]> {
    return context.loaders.get<string, Ballot[]>(this.votes.ballotsOf, async (ids) => groupByKey(ids, await this.votes.ballotsOf(ids), (ballot) => ballot.voteId)).load(vote.id);
  }
}

@Resolver(() => Ballot)
export class BallotResolver {
  constructor(
    private readonly gminas: GminaLoader,
    private readonly people: AccountsLoader,
  ) {}

  @ResolveField(() => Gmina)
  gmina(@Parent() ballot: Ballot, @Context() context: RequestContext) {
    return this.gminas.load(context, ballot.gminaId);
  }

  @ResolveField(() => UserAccount, { nullable: true, description: 'The representative who cast it.' })
  castBy(@Parent() ballot: Ballot, @Context() context: RequestContext) {
    return this.people.load(context, ballot.castBy);
  }
}

/** An agenda item's votes and the resolution it became. */
@Resolver(() => AgendaItem)
export class AgendaItemVotesResolver {
  constructor(
    private readonly voting: VotesService,
    private readonly resolutions: ResolutionsService,
  ) {}

  @ResolveField(() => [Vote], { description: 'Votes on its motion, the first first (a cancelled one may precede the one that counted).' })
  votes(@Parent() item: AgendaItem, @Context() context: RequestContext) {
    return context.loaders.get<string, Vote[]>(this.voting.ofItems, async (ids) => groupByKey(ids, await this.voting.ofItems(ids), (vote) => vote.agendaItemId)).load(item.id);
  }

  @ResolveField(() => Resolution, { nullable: true })
  resolution(@Parent() item: AgendaItem, @Context() context: RequestContext) {
    return context.loaders.get<string, Resolution | null>(this.resolutions.ofItems, async (ids) => alignByKey(ids, await this.resolutions.ofItems(ids), (r) => r.agendaItemId)).load(item.id);
  }
}
