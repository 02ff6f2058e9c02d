import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessService, AccountsService, PartnershipRole } from '@wspolnie/identity';
import { warsawDate } from '@wspolnie/kernel';
import { DEMO_PASSWORD } from '@wspolnie/partnerships';
import { PlanKind, PlansService } from '@wspolnie/plans';
import type { DemoSeeder } from '@wspolnie/platform-database';
import type { Actor } from '@wspolnie/platform-graphql';
import { ProjectStage } from '@wspolnie/projects';
import { DecisionKind } from '../council-enums';
import { AgendaService } from '../meeting/agenda.service';
import { InviteesService } from '../meeting/invitees.service';
import { Meeting } from '../meeting/meeting.entity';
import { MeetingsService } from '../meeting/meetings.service';
import { MinutesService } from '../meeting/minutes.service';
import { CouncilSettingsService } from '../settings/council-settings.service';
import { VotesService } from '../vote/votes.service';
import { DEMO_MEETINGS, DEMO_REPRESENTATIVES, DEMO_STRATEGY, type DemoMeeting } from './demo-council.data';

const DEMO_SLUG = 'aglomeracja-beskidzka-6';

/** An ISO day `days` after another: calendar arithmetic, so UTC midnights are exact. */
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo council, written through the services as its people would have done it: the six
 * gminas' representatives, the founding meeting and the one that adopted the territorial
 * strategy (each with its votes, resolutions 1/2025–3/2025 and minutes), and the planned
 * meeting that will vote on VeloSoła+'s cost shares. The partnership sends projects to a funding
 * call only by a resolution.
 */
@Injectable()
export class DemoCouncilSeeder implements DemoSeeder {
  readonly name = 'council';

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly access: AccessService,
    private readonly settings: CouncilSettingsService,
    private readonly meetings: MeetingsService,
    private readonly agenda: AgendaService,
    private readonly invitees: InviteesService,
    private readonly minutes: MinutesService,
    private readonly votes: VotesService,
    private readonly plans: PlansService,
  ) {}

  hasData(): Promise<boolean> {
    return this.txHost.tx.getRepository(Meeting).exists();
  }

  async seed(): Promise<void> {
    const [partnership] = await this.txHost.tx.query(`SELECT id FROM partnership WHERE slug = $1`, [DEMO_SLUG]);
    if (!partnership) throw new Error('the demo council needs the demo partnership, seeded before it');
    const coordinator = await this.actorOf('koordynator@wspolnie.example');
    const chair = await this.actorOf('rada@wspolnie.example');
    const representatives = new Map<string, Actor>();
    for (const person of DEMO_REPRESENTATIVES) {
      const [gmina] = await this.txHost.tx.query(`SELECT id FROM gmina WHERE terc = $1`, [person.terc]);
      const account = await this.accounts.create({ email: person.email, displayName: person.displayName, password: DEMO_PASSWORD, gminaId: gmina.id });
      await this.access.grant(account.id, partnership.id, PartnershipRole.COUNCIL_MEMBER, gmina.id);
      representatives.set(person.terc, { userId: account.id, isPlatformAdmin: false });
    }
    await this.settings.update(coordinator, { partnershipId: partnership.id, expectedVersion: 0, stagesNeedingResolution: [ProjectStage.APPLICATION_SUBMITTED] });
    for (const meeting of DEMO_MEETINGS) await this.hold(partnership.id, meeting, { coordinator, chair, representatives });
  }

  private async hold(partnershipId: string, demo: DemoMeeting, people: { coordinator: Actor; chair: Actor; representatives: Map<string, Actor> }): Promise<void> {
    const { coordinator, chair, representatives } = people;
    const date = typeof demo.date === 'string' ? demo.date : addDays(warsawDate(), demo.date.inDays);
    let meeting = await this.meetings.create(coordinator, {
      partnershipId,
      title: demo.title,
      date,
      startTime: demo.startTime,
      endTime: demo.endTime,
      place: demo.place,
      onlineUrl: demo.onlineUrl,
      chairId: chair.userId,
    });
    const items = [];
    for (const item of demo.items) {
      const target = await this.targetOf(partnershipId, coordinator, item.decisionKind, item.projectTitle);
      items.push(
        await this.agenda.add(coordinator, {
          meetingId: meeting.id,
          title: item.title,
          description: item.description ?? null,
          motionText: item.motionText ?? null,
          decisionKind: item.decisionKind ?? DecisionKind.NONE,
          ...target,
        }),
      );
    }
    if (!demo.present) return;
    meeting = await this.meetings.start(chair, { id: meeting.id, expectedVersion: meeting.version });
    for (const terc of demo.present) await this.invitees.recordAttendance(chair, { meetingId: meeting.id, userId: (representatives.get(terc) as Actor).userId, present: true });
    for (const [index, item] of demo.items.entries()) {
      if (!item.votes) continue;
      const vote = await this.votes.open(chair, { agendaItemId: items[index].id });
      for (const [terc, choice] of Object.entries(item.votes)) await this.votes.cast(representatives.get(terc) as Actor, { voteId: vote.id, choice });
      await this.votes.close(chair, { voteId: vote.id, expectedVersion: vote.version });
    }
    if (demo.minutes) await this.minutes.save(chair, { meetingId: meeting.id, expectedVersion: 0, markdown: demo.minutes });
    meeting = await this.meetings.get(meeting.id);
    await this.meetings.close(chair, { id: meeting.id, expectedVersion: meeting.version });
  }

  /** The project (by title) or the plan (the strategy, created now) a decision is about. */
  private async targetOf(partnershipId: string, coordinator: Actor, kind: DecisionKind | undefined, projectTitle: string | undefined): Promise<{ projectId?: string; planId?: string }> {
    if (kind === DecisionKind.ADOPT_PLAN) {
      const plan = await this.plans.create(coordinator, {
        partnershipId,
        title: DEMO_STRATEGY.title,
        kind: PlanKind.DEVELOPMENT_STRATEGY,
        markdown: DEMO_STRATEGY.markdown,
        summary: 'Wersja po konsultacjach (przykład)',
        projectIds: [],
      });
      return { planId: plan.id };
    }
    if (!projectTitle) return {};
    const [project] = await this.txHost.tx.query(`SELECT id FROM project WHERE partnership_id = $1 AND title = $2`, [partnershipId, projectTitle]);
    if (!project) throw new Error(`the demo council needs the demo project „${projectTitle}”, seeded before it`);
    return { projectId: project.id };
  }

  private async actorOf(email: string): Promise<Actor> {
    const account = await this.accounts.findByEmail(email);
    if (!account) throw new Error(`the demo council needs ${email}, seeded before it`);
    return { userId: account.id, isPlatformAdmin: account.isPlatformAdmin };
  }
}
