import { Context, Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Gmina, GminaLoader } from '@wspolnie/gminas';
import { AccountsLoader, UserAccount } from '@wspolnie/identity';
import { alignByKey, groupByKey, LocalDateScalar, type RequestContext } from '@wspolnie/platform-graphql';
import { InviteeRole } from '../council-enums';
import { AgendaItem } from './agenda-item.entity';
import { AgendaService } from './agenda.service';
import { Invitee } from './invitee.entity';
import { InviteesService } from './invitees.service';
import { MeetingTime, type WallClock } from './meeting-time';
import { Meeting } from './meeting.entity';
import { Minutes, MinutesCorrection } from './minutes.entity';
import { blankMinutes, MinutesService } from './minutes.service';
import { Quorum, QuorumService } from './quorum';

@ObjectType({ description: 'The member gmina the caller represents at a meeting, and whether they are recorded present.' })
export class MyRepresentation {
  @Field(() => Gmina)
  gmina: Gmina;

  @Field()
  present: boolean;
}

/** What a meeting is made of, batched for every meeting a request reads: one query per kind of part. */
@Resolver(() => Meeting)
export class MeetingFieldsResolver {
  private readonly agendaKey = {};
  private readonly inviteesKey = {};
  private readonly quorumKey = {};
  private readonly minutesKey = {};
  private readonly correctionsKey = {};
  private readonly clockKey = {};

  constructor(
    private readonly agendaService: AgendaService,
    private readonly inviteesService: InviteesService,
    private readonly quorums: QuorumService,
    private readonly minutesService: MinutesService,
    private readonly time: MeetingTime,
    private readonly people: AccountsLoader,
    private readonly gminas: GminaLoader,
  ) {}

  @ResolveField(() => [AgendaItem], { description: 'The agenda (porządek obrad), by position.' })
  agenda(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<AgendaItem[]> {
    return context.loaders.get<string, AgendaItem[]>(this.agendaKey, async (ids) => groupByKey(ids, await this.agendaService.ofMeetings(ids), (item) => item.meetingId)).load(meeting.id);
  }

  @ResolveField(() => [Invitee], { description: "Who is invited: the member gminas' representatives first, then guests." })
  invitees(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<Invitee[]> {
    return context.loaders.get<string, Invitee[]>(this.inviteesKey, async (ids) => groupByKey(ids, await this.inviteesService.ofMeetings(ids), (invitee) => invitee.meetingId)).load(meeting.id);
  }

  @ResolveField(() => Quorum, { description: 'Whether the council has a quorum now, counted from who is present.' })
  quorum(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<Quorum> {
    return context.loaders
      .get<string, Quorum>(this.quorumKey, async (keys) => {
        const quorums = await this.quorums.ofMeetings(keys.map((key) => ({ id: key.split('|')[0], partnershipId: key.split('|')[1] })));
        return keys.map((key) => quorums.get(key.split('|')[0]) as Quorum);
      })
      .load(`${meeting.id}|${meeting.partnershipId}`);
  }

  @ResolveField(() => UserAccount, { nullable: true })
  chair(@Parent() meeting: Meeting, @Context() context: RequestContext) {
    return this.people.load(context, meeting.chairId);
  }

  @ResolveField(() => Minutes, { description: 'The minutes (protokół): version 0 and no text before anything was written.' })
  async minutes(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<Minutes> {
    const minutes = await context.loaders.get<string, Minutes | null>(this.minutesKey, async (ids) => alignByKey(ids, await this.minutesService.ofMeetings(ids), (row) => row.id)).load(meeting.id);
    return minutes ?? blankMinutes(meeting);
  }

  @ResolveField(() => [MinutesCorrection], { description: 'Corrections of the minutes after the meeting closed, the first first.' })
  minutesCorrections(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<MinutesCorrection[]> {
    return context.loaders.get<string, MinutesCorrection[]>(this.correctionsKey, async (ids) => groupByKey(ids, await this.minutesService.correctionsOf(ids), (row) => row.meetingId)).load(meeting.id);
  }

  @ResolveField(() => LocalDateScalar, { description: 'The day it is held, in Warsaw.' })
  async date(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<string> {
    return (await this.clockOf(meeting, context)).date;
  }

  @ResolveField(() => String, { description: 'When it starts, Warsaw time, "HH:MM".' })
  async startTime(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<string> {
    return (await this.clockOf(meeting, context)).startTime;
  }

  @ResolveField(() => String, { description: 'When it ends, Warsaw time, "HH:MM".' })
  async endTime(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<string> {
    return (await this.clockOf(meeting, context)).endTime;
  }

  @ResolveField(() => MyRepresentation, { nullable: true, description: 'The gmina you represent at this meeting; null when you are not invited as a representative.' })
  async myRepresentation(@Parent() meeting: Meeting, @Context() context: RequestContext): Promise<MyRepresentation | null> {
    const userId = context.actor?.userId.toLowerCase();
    const mine = (await this.invitees(meeting, context)).find((invitee) => invitee.userId === userId && invitee.role === InviteeRole.REPRESENTATIVE);
    if (!mine?.gminaId) return null;
    const gmina = await this.gminas.load(context, mine.gminaId);
    return gmina ? { gmina, present: mine.present } : null;
  }

  private clockOf(meeting: Meeting, context: RequestContext): Promise<WallClock> {
    // Keyed by the instants, not the id: a meeting just changed reads at its new time.
    return context.loaders
      .get<string, WallClock>(this.clockKey, (keys) => this.time.wallClocksOf(keys.map((key) => ({ startsAt: new Date(key.split('|')[0]), endsAt: new Date(key.split('|')[1]) }))))
      .load(`${meeting.startsAt.toISOString()}|${meeting.endsAt.toISOString()}`);
  }
}
