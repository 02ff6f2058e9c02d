import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, type FieldProblem } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { changesBetween, EventLog, type StreamEvent } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { refusingConstraints } from '../activity/constraint-refusals';
import { advisoryMessage } from '../advisory-messages';
import { assertPeriod } from '../programme/programmes.service';
import { engagementMessage } from './engagement-messages';
import { Engagement, EngagementConsultant, EngagementGmina } from './engagement.entity';
import type { CreateEngagementInput, EngagementsArgs, UpdateEngagementInput } from './engagement.inputs';

export const ENGAGEMENT_TOPIC = 'engagement';
const RECORDED_FIELDS = ['title', 'stage', 'startsOn', 'endsOn', 'teamId', 'partnershipId'] as const;

export interface PartnershipName {
  readonly id: string;
  readonly name: string;
}

/** What the engagement's constraints guard, as the input names it (for writes that raced the checks). */
const refusals = (period: { startsOn: string; endsOn: string | null }): Record<string, FieldProblem> => ({
  engagement_team_fk: {
    field: 'teamId',
    message: advisoryMessage('team.notInProgramme'),
  },
  engagement_period: {
    field: 'endsOn',
    message: advisoryMessage('periodEndsBeforeStart', {
      startsOn: period.startsOn,
      endsOn: period.endsOn ?? '',
    }),
  },
  engagement_consultant_user_fk: {
    field: 'consultantIds',
    message: engagementMessage('consultantWithoutRole'),
  },
  engagement_gmina_gmina_fk: {
    field: 'gminaTercs',
    message: engagementMessage('noGminas'),
  },
});

/** Engagements: whom a programme supports (gminas, a partnership), at which CWD stage, by whom. */
@Injectable()
export class EngagementsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly gminas: GminasService,
    private readonly events: EventLog,
  ) {}

  private get engagements() {
    return this.txHost.tx.getRepository(Engagement);
  }

  /** An engagement (the operation's declaration has checked the caller may see it). */
  async get(id: string): Promise<Engagement> {
    const engagement = await this.engagements.findOneBy({ id });
    if (!engagement) throw DomainError.notFound(advisoryMessage('noun.engagement'), id);
    return engagement;
  }

  findByIds(ids: readonly string[]): Promise<Engagement[]> {
    return this.engagements.findBy({ id: In([...ids]) });
  }

  /** A programme's engagements, or one team's, the latest started first. */
  list(args: EngagementsArgs): Promise<ConnectionShape<Engagement>> {
    const query = this.engagements.createQueryBuilder('engagement').where('engagement.programme_id = :programmeId', {
      programmeId: args.programmeId,
    });
    if (args.teamId) query.andWhere('engagement.team_id = :teamId', { teamId: args.teamId });
    return paginate(
      query,
      args,
      [
        {
          expression: 'engagement.starts_on',
          valueOf: (engagement) => engagement.startsOn,
          kind: 'date',
        },
        {
          expression: 'engagement.id',
          valueOf: (engagement) => engagement.id,
          kind: 'uuid',
        },
      ],
      { direction: 'DESC' },
    );
  }

  gminaLinksOf(engagementIds: readonly string[]): Promise<EngagementGmina[]> {
    return this.txHost.tx.getRepository(EngagementGmina).findBy({ engagementId: In([...engagementIds]) });
  }

  consultantLinksOf(engagementIds: readonly string[]): Promise<EngagementConsultant[]> {
    return this.txHost.tx.getRepository(EngagementConsultant).findBy({ engagementId: In([...engagementIds]) });
  }

  partnershipsByIds(ids: readonly string[]): Promise<PartnershipName[]> {
    return this.txHost.tx.query(`SELECT id, name FROM partnership WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  @Transactional()
  async create(actor: Actor, input: CreateEngagementInput): Promise<Engagement> {
    // The declaration may have checked the team's programme: it must be the one named.
    if (input.teamId) await this.assertTeam(input.programmeId, input.teamId);
    const partnership = input.partnershipId ? await this.partnership(input.partnershipId) : null;
    const gminaIds = await this.supportedGminas(input.gminaTercs, partnership?.id ?? null);
    const consultantIds = await this.assertConsultants(input.programmeId, input.consultantIds);
    assertPeriod(input.startsOn, input.endsOn ?? null, 'endsOn');
    const engagement = await refusingConstraints(
      () =>
        this.engagements.save(
          this.engagements.create({
            programmeId: input.programmeId,
            teamId: input.teamId ?? null,
            partnershipId: partnership?.id ?? null,
            title: input.title.trim(),
            stage: input.stage,
            startsOn: input.startsOn,
            endsOn: input.endsOn ?? null,
            createdBy: actor.userId,
          }),
        ),
      refusals({ startsOn: input.startsOn, endsOn: input.endsOn ?? null }),
    );
    await this.link(engagement.id, gminaIds, consultantIds, refusals(engagement));
    await this.record(actor, engagement, 'engagement.created', {
      ...changesBetween(null, engagement, RECORDED_FIELDS),
      gminaIds: { after: gminaIds },
      consultantIds: { after: consultantIds },
    });
    return engagement;
  }

  @Transactional()
  async update(actor: Actor, input: UpdateEngagementInput): Promise<Engagement> {
    const before = await this.get(input.id);
    const changes: Partial<Engagement> = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.stage !== undefined) changes.stage = input.stage;
    if (input.startsOn !== undefined) changes.startsOn = input.startsOn;
    if (input.endsOn !== undefined) changes.endsOn = input.endsOn;
    const merged = { ...before, ...changes };
    assertPeriod(merged.startsOn, merged.endsOn, input.endsOn !== undefined ? 'endsOn' : 'startsOn');
    const gminaIds = input.gminaTercs ? await this.supportedGminas(input.gminaTercs, before.partnershipId) : undefined;
    if (gminaIds) await this.assertKeepsServed(before.id, gminaIds);
    const consultantIds = input.consultantIds ? await this.assertConsultants(before.programmeId, input.consultantIds) : undefined;
    const after = await refusingConstraints(
      () =>
        versionedUpdate(this.txHost.tx, Engagement, {
          id: before.id,
          expectedVersion: input.expectedVersion,
          changes,
          noun: advisoryMessage('noun.engagement'),
        }),
      refusals(merged),
    );
    const recorded = {
      ...changesBetween(before, after, RECORDED_FIELDS),
      ...(await this.replaceLinks(after, gminaIds, consultantIds)),
    };
    await this.record(actor, after, 'engagement.updated', recorded);
    return after;
  }

  private async assertTeam(programmeId: string, teamId: string): Promise<void> {
    const rows = await this.txHost.tx.query(`SELECT 1 FROM programme_team WHERE id = $1 AND programme_id = $2`, [teamId, programmeId]);
    if (!rows.length) throw DomainError.badInput('teamId', advisoryMessage('team.notInProgramme'));
  }

  private async partnership(id: string): Promise<PartnershipName> {
    const [found] = await this.partnershipsByIds([id]);
    if (!found) throw DomainError.badInput('partnershipId', engagementMessage('partnershipUnknown', { id }));
    return found;
  }

  /** The gminas named, or else the partnership's members as they are now; at least one. */
  private async supportedGminas(tercs: readonly string[], partnershipId: string | null): Promise<string[]> {
    if (tercs.length) return [...new Set((await this.gminas.requireByTercs(tercs, (index) => `gminaTercs.${index}`)).map((gmina) => gmina.id))];
    if (!partnershipId) throw DomainError.badInput('gminaTercs', engagementMessage('noGminas'));
    const members: { gmina_id: string }[] = await this.txHost.tx.query(`SELECT gmina_id FROM partnership_member WHERE partnership_id = $1 ORDER BY gmina_id`, [partnershipId]);
    if (!members.length) throw DomainError.badInput('gminaTercs', engagementMessage('partnershipWithoutMembers'));
    return members.map((member) => member.gmina_id);
  }

  /** Activities already recorded for a gmina keep it among the engagement's gminas. */
  private async assertKeepsServed(engagementId: string, gminaIds: readonly string[]): Promise<void> {
    const [dropped]: { name: string }[] = await this.txHost.tx.query(
      `SELECT gmina.name FROM activity
       JOIN activity_gmina served ON served.activity_id = activity.id
       JOIN gmina ON gmina.id = served.gmina_id
       WHERE activity.engagement_id = $1 AND NOT (served.gmina_id = ANY($2::uuid[]))
       ORDER BY gmina.name LIMIT 1`,
      [engagementId, [...gminaIds]],
    );
    if (dropped) throw DomainError.badInput('gminaTercs', engagementMessage('gminaStillServed', { gmina: dropped.name }));
  }

  private async assertConsultants(programmeId: string, userIds: readonly string[]): Promise<string[]> {
    const ids = userIds.map((id) => id.toLowerCase());
    if (!ids.length) return [];
    const rows: { user_id: string }[] = await this.txHost.tx.query(`SELECT user_id FROM programme_access WHERE programme_id = $1 AND user_id = ANY($2::uuid[])`, [programmeId, ids]);
    const holding = new Set(rows.map((row) => row.user_id));
    const index = ids.findIndex((id) => !holding.has(id));
    if (index >= 0) throw DomainError.badInput(`consultantIds.${index}`, engagementMessage('consultantWithoutRole'));
    return [...new Set(ids)];
  }

  private async link(engagementId: string, gminaIds: readonly string[], consultantIds: readonly string[], refused: Record<string, FieldProblem>): Promise<void> {
    await refusingConstraints(async () => {
      if (gminaIds.length) await this.txHost.tx.getRepository(EngagementGmina).insert(gminaIds.map((gminaId) => ({ engagementId, gminaId })));
      if (consultantIds.length) await this.txHost.tx.getRepository(EngagementConsultant).insert(consultantIds.map((userId) => ({ engagementId, userId })));
    }, refused);
  }

  /** Replaces the lists given; answers what changed, for the event. */
  private async replaceLinks(engagement: Engagement, gminaIds: readonly string[] | undefined, consultantIds: readonly string[] | undefined): Promise<StreamEvent['changes']> {
    const changes: StreamEvent['changes'] = {};
    const engagementId = engagement.id;
    if (gminaIds) {
      const before = (await this.gminaLinksOf([engagementId])).map((link) => link.gminaId).sort();
      await this.txHost.tx.getRepository(EngagementGmina).delete({ engagementId });
      const after = [...gminaIds].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) changes['gminaIds'] = { before, after };
    }
    if (consultantIds) {
      const before = (await this.consultantLinksOf([engagementId])).map((link) => link.userId).sort();
      await this.txHost.tx.getRepository(EngagementConsultant).delete({ engagementId });
      const after = [...consultantIds].sort();
      if (JSON.stringify(before) !== JSON.stringify(after)) changes['consultantIds'] = { before, after };
    }
    await this.link(engagementId, gminaIds ?? [], consultantIds ?? [], refusals(engagement));
    return changes;
  }

  private record(actor: Actor, engagement: Engagement, action: string, changes: StreamEvent['changes']) {
    return this.events.append(engagement.programmeId, {
      topic: ENGAGEMENT_TOPIC,
      subjectId: engagement.id,
      scopeId: engagement.teamId,
      action,
      actorId: actor.userId,
      changes,
    });
  }
}
