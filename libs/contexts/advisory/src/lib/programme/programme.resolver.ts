import { Args, ArgsType, Context, Field, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { AccountsLoader, CurrentActor, UserAccount } from '@wspolnie/identity';
import { type Actor, Authenticated, Can, groupByKey, type RequestContext, ResumableArgs, SameForEverySubscriber, UuidScalar } from '@wspolnie/platform-graphql';
import { Connection, ConnectionArgs } from '@wspolnie/platform-pagination';
import { EventStreams, StreamEvent } from '@wspolnie/platform-realtime';
import { Allow } from 'class-validator';
import { ProgrammeAccess } from './programme-access.entity';
import { ProgrammePeopleService } from './programme-people.service';
import { ProgrammeTeam } from './programme-team.entity';
import { ProgrammeTopic } from './programme-topic.entity';
import { Programme } from './programme.entity';
import { AddProgrammeTeamInput, AddProgrammeTopicInput, CreateProgrammeInput, GrantProgrammeRoleInput, RevokeProgrammeRoleInput, UpdateProgrammeInput } from './programme.inputs';
import { ProgrammesService } from './programmes.service';

@ObjectType()
export class ProgrammeConnection extends Connection(Programme) {}

@ArgsType()
export class ProgrammeStreamArgs extends ResumableArgs {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  programmeId: string;

  @Field(() => UuidScalar, { nullable: true, description: "Only one regional team's support (a consultant limited to a team must give theirs)." })
  @Allow()
  teamId?: string | null;
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  private readonly topicsKey = {};
  private readonly teamsKey = {};
  private readonly peopleKey = {};

  constructor(
    private readonly service: ProgrammesService,
    private readonly roles: ProgrammePeopleService,
    private readonly streams: EventStreams,
  ) {}

  @Authenticated()
  @Query(() => ProgrammeConnection, { description: 'The advisory programmes you hold a role in, by name.' })
  programmes(@Args() args: ConnectionArgs, @CurrentActor() actor: Actor) {
    return this.service.list(actor, args);
  }

  @Can('programme.read', { programme: 'id' })
  @Query(() => Programme)
  programme(@Args('id', { type: () => UuidScalar }) id: string) {
    return this.service.get(id);
  }

  @Can('programme.create')
  @Mutation(() => Programme, { description: 'Platform administrators only. managerEmail (an existing account) becomes its programme manager.' })
  createProgramme(@Args('input') input: CreateProgrammeInput, @CurrentActor() actor: Actor) {
    return this.service.create(actor, input);
  }

  @Can('programme.manage', { programme: 'input.id' })
  @Mutation(() => Programme)
  updateProgramme(@Args('input') input: UpdateProgrammeInput, @CurrentActor() actor: Actor) {
    return this.service.update(actor, input);
  }

  @Can('programme.manage', { programme: 'input.programmeId' })
  @Mutation(() => Programme, { description: 'Adds a training module or an additional topic at the end of its list.' })
  addProgrammeTopic(@Args('input') input: AddProgrammeTopicInput, @CurrentActor() actor: Actor) {
    return this.service.addTopic(actor, input);
  }

  @Can('programme.manage', { programme: 'input.programmeId' })
  @Mutation(() => Programme, { description: 'Adds a regional team (e.g. a marshal office).' })
  addProgrammeTeam(@Args('input') input: AddProgrammeTeamInput, @CurrentActor() actor: Actor) {
    return this.service.addTeam(actor, input);
  }

  @Can('programme.people.manage', { programme: 'input.programmeId' })
  @Mutation(() => ProgrammeAccess, { description: 'Gives an existing account a role in the programme, or changes theirs.' })
  grantProgrammeRole(@Args('input') input: GrantProgrammeRoleInput, @CurrentActor() actor: Actor) {
    return this.roles.grant(actor, { programmeId: input.programmeId, email: input.email, role: input.role, teamId: input.teamId ?? null });
  }

  @Can('programme.people.manage', { programme: 'input.programmeId' })
  @Mutation(() => Boolean, { description: 'Takes a role away; the programme keeps at least one manager.' })
  async revokeProgrammeRole(@Args('input') input: RevokeProgrammeRoleInput, @CurrentActor() actor: Actor) {
    await this.roles.revoke(actor, input.programmeId, input.userId);
    return true;
  }

  // The support events of a team carry the team's id as their scope, so a consultant limited
  // to one team follows that team's events only; checked again whenever someone's role in the
  // programme changes (see guardedStream).
  @Can('support.read', { programmeTeam: 'teamId', programme: 'programmeId' })
  @SameForEverySubscriber()
  @Subscription(() => StreamEvent, {
    description: "The programme's changes as they commit (activities, registrations, engagements, its details), resumable with afterSeq; with teamId, one team's support.",
    resolve: (event: StreamEvent) => event,
  })
  async programmeActivity(@Args() args: ProgrammeStreamArgs) {
    const programme = await this.service.get(args.programmeId);
    // The declaration checked the team: it must be of the programme whose stream is followed.
    if (args.teamId) await this.service.teamOf(programme.id, args.teamId);
    return this.streams.follow(programme.id, { afterSeq: args.afterSeq ?? undefined, scopeId: args.teamId ?? undefined });
  }

  @ResolveField(() => [ProgrammeTopic], { description: 'Training modules first, then additional topics, each in order.' })
  topics(@Parent() programme: Programme, @Context() context: RequestContext): Promise<ProgrammeTopic[]> {
    return context.loaders.get<string, ProgrammeTopic[]>(this.topicsKey, async (ids) => groupByKey(ids, await this.service.topicsOf(ids), (topic) => topic.programmeId)).load(programme.id);
  }

  @ResolveField(() => [ProgrammeTeam])
  teams(@Parent() programme: Programme, @Context() context: RequestContext): Promise<ProgrammeTeam[]> {
    return context.loaders.get<string, ProgrammeTeam[]>(this.teamsKey, async (ids) => groupByKey(ids, await this.service.teamsOf(ids), (team) => team.programmeId)).load(programme.id);
  }

  @Can('programme.read', { programme: 'parent.id' })
  @ResolveField(() => [ProgrammeAccess], { description: 'Its managers and consultants.' })
  people(@Parent() programme: Programme, @Context() context: RequestContext): Promise<ProgrammeAccess[]> {
    return context.loaders.get<string, ProgrammeAccess[]>(this.peopleKey, async (ids) => groupByKey(ids, await this.roles.peopleOf(ids), (access) => access.programmeId)).load(programme.id);
  }
}

@Resolver(() => ProgrammeAccess)
export class ProgrammeAccessResolver {
  constructor(private readonly accounts: AccountsLoader) {}

  @ResolveField(() => UserAccount)
  user(@Parent() access: ProgrammeAccess, @Context() context: RequestContext) {
    return this.accounts.load(context, access.userId);
  }
}
