import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { type Gmina, GminasService } from '@wspolnie/gminas';
import { ThematicArea } from '@wspolnie/partnerships';
import { DomainError } from '@wspolnie/platform-errors';
import { In } from 'typeorm';
import { EngagementGmina } from '../engagement/engagement.entity';
import { ProgrammeTeam } from '../programme/programme-team.entity';
import { ProgrammeTopic } from '../programme/programme-topic.entity';
import { ActivityFollowUp, ActivityGmina, ActivityParticipant, ActivityThematicArea } from './activity-parts.entity';
import { activityMessage } from './activity-messages';
import { ACTIVITY_REFUSALS } from './activity-rules';
import type { ActivityGminaInput, NamedParticipantInput } from './activity.inputs';
import { refusingConstraints } from './constraint-refusals';

/** A gmina an activity serves, as the input named it. */
export interface ServedGmina {
  readonly gminaId: string;
  readonly terc: string;
  readonly name: string;
  readonly participants: number;
}

export interface NamedParticipant {
  readonly name: string;
  readonly gminaId: string | null;
}

/** A row that names a gmina, with the gmina read in the same batch. */
export type WithGmina<T> = T & { gmina?: Gmina | null };

export interface ServedParts {
  readonly gminas: WithGmina<ActivityGmina>[];
  readonly participants: WithGmina<ActivityParticipant>[];
}

/** A programme as its activities show it: by name, with the teams and topics they name. */
export interface ProgrammePlaces {
  readonly id: string;
  readonly name: string;
  readonly teams: ProgrammeTeam[];
  readonly topics: ProgrammeTopic[];
}

export interface AreaOfActivity {
  readonly activityId: string;
  readonly area: ThematicArea;
}

/**
 * The parts of an activity: the gminas it served and how many took part, its thematic areas,
 * the people named, and its follow-ups; checked as the input names them, written, and read in
 * batches for every activity a request shows.
 */
@Injectable()
export class ActivityPartsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly gminas: GminasService,
  ) {}

  /** The gminas named, each once, and with an engagement only among its gminas. */
  async resolveGminas(input: readonly ActivityGminaInput[], engagementId: string | null): Promise<ServedGmina[]> {
    const found = await this.gminas.requireByTercs(
      input.map((gmina) => gmina.terc),
      (index) => `gminas.${index}.terc`,
    );
    const served = found.map((gmina, index) => ({
      gminaId: gmina.id,
      terc: gmina.terc,
      name: gmina.name,
      participants: input[index].participants,
    }));
    const seen = new Set<string>();
    served.forEach((gmina, index) => {
      if (seen.has(gmina.gminaId)) throw DomainError.badInput(`gminas.${index}.terc`, activityMessage('gminaTwice', { gmina: gmina.name }));
      seen.add(gmina.gminaId);
    });
    await this.assertWithinEngagement(served, engagementId, (index) => `gminas.${index}.terc`);
    return served;
  }

  async assertWithinEngagement(served: readonly ServedGmina[], engagementId: string | null, field: (index: number) => string): Promise<void> {
    if (!engagementId || !served.length) return;
    const supported = new Set((await this.txHost.tx.getRepository(EngagementGmina).findBy({ engagementId })).map((link) => link.gminaId));
    const index = served.findIndex((gmina) => !supported.has(gmina.gminaId));
    if (index >= 0)
      throw DomainError.badInput(
        field(index),
        activityMessage('gminaOutsideEngagement', {
          gmina: served[index].name,
        }),
      );
  }

  /** Named people, each one's gmina (if given) among the activity's. */
  resolveParticipants(input: readonly NamedParticipantInput[], served: readonly ServedGmina[]): NamedParticipant[] {
    const byTerc = new Map(served.map((gmina) => [gmina.terc, gmina.gminaId]));
    return input.map((participant, index) => {
      const name = participant.name.trim();
      if (!participant.gminaTerc) return { name, gminaId: null };
      const gminaId = byTerc.get(participant.gminaTerc);
      if (!gminaId)
        throw DomainError.badInput(
          `participants.${index}.gminaTerc`,
          activityMessage('participantGmina', {
            name,
            terc: participant.gminaTerc,
          }),
        );
      return { name, gminaId };
    });
  }

  /** The gminas an activity serves now, as ServedGmina. */
  async currentGminas(activityId: string): Promise<ServedGmina[]> {
    const rows: {
      gmina_id: string;
      terc: string;
      name: string;
      participants: number;
    }[] = await this.txHost.tx.query(
      `SELECT served.gmina_id, gmina.terc, gmina.name, served.participants FROM activity_gmina served JOIN gmina ON gmina.id = served.gmina_id
       WHERE served.activity_id = $1 ORDER BY gmina.terc`,
      [activityId],
    );
    return rows.map((row) => ({
      gminaId: row.gmina_id,
      terc: row.terc,
      name: row.name,
      participants: row.participants,
    }));
  }

  /** People who stay named when the gminas change: all of them, or those who came through registration. */
  async assertParticipantsKept(activityId: string, served: readonly ServedGmina[], onlyRegistered: boolean): Promise<void> {
    const rows: { name: string; gmina: string }[] = await this.txHost.tx.query(
      `SELECT participant.name, gmina.name AS gmina FROM activity_participant participant JOIN gmina ON gmina.id = participant.gmina_id
       WHERE participant.activity_id = $1 AND NOT (participant.gmina_id = ANY($2::uuid[])) AND ($3::boolean IS FALSE OR participant.registration_id IS NOT NULL)
       ORDER BY participant.name LIMIT 1`,
      [activityId, served.map((gmina) => gmina.gminaId), onlyRegistered],
    );
    if (rows.length)
      throw DomainError.badInput(
        'gminas',
        activityMessage('participantKeepsGmina', {
          name: rows[0].name,
          gmina: rows[0].gmina,
        }),
      );
  }

  /** A gmina's count may not fall below the registrations confirmed for it: they took seats, and count as its participants. */
  async assertRegisteredCounted(activityId: string, served: readonly ServedGmina[]): Promise<void> {
    const rows: { gmina_id: string; confirmed: number }[] = await this.txHost.tx.query(
      `SELECT gmina_id, count(*)::int AS confirmed FROM activity_registration WHERE activity_id = $1 AND status = 'CONFIRMED' GROUP BY gmina_id`,
      [activityId],
    );
    const confirmed = new Map(rows.map((row) => [row.gmina_id, row.confirmed]));
    const problems = served.flatMap((gmina, index) => {
      const registered = confirmed.get(gmina.gminaId) ?? 0;
      return gmina.participants < registered ? [{ field: `gminas.${index}.participants`, message: activityMessage('participantsBelowRegistered', { gmina: gmina.name, registered }) }] : [];
    });
    if (problems.length) throw DomainError.invalidFields(problems);
  }

  /** A module or topic of the activity's own programme. */
  async assertTopic(programmeId: string, topicId: string): Promise<void> {
    const [topic]: { programme_id: string }[] = await this.txHost.tx.query(`SELECT programme_id FROM programme_topic WHERE id = $1`, [topicId]);
    if (topic?.programme_id !== programmeId) throw DomainError.badInput('topicId', activityMessage('topicOfOtherProgramme'));
  }

  /** Areas of the standard catalogue only, each once. */
  async standardAreas(ids: readonly string[]): Promise<string[]> {
    const wanted = ids.map((id) => id.toLowerCase());
    if (!wanted.length) return [];
    const rows: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM thematic_area WHERE id = ANY($1::uuid[]) AND code IS NOT NULL`, [wanted]);
    const standard = new Set(rows.map((row) => row.id));
    const index = wanted.findIndex((id) => !standard.has(id));
    if (index >= 0) throw DomainError.badInput(`thematicAreaIds.${index}`, activityMessage('areaNotStandard'));
    return [...new Set(wanted)];
  }

  insertGminas(activityId: string, served: readonly ServedGmina[]): Promise<void> {
    return this.guarded(async () => {
      if (served.length)
        await this.txHost.tx.getRepository(ActivityGmina).insert(
          served.map((gmina) => ({
            activityId,
            gminaId: gmina.gminaId,
            participants: gmina.participants,
          })),
        );
    });
  }

  /** Gminas no longer served go (with people named for them); the others keep their rows, with the new counts. */
  replaceGminas(activityId: string, served: readonly ServedGmina[]): Promise<void> {
    return this.guarded(async () => {
      await this.txHost.tx.query(`DELETE FROM activity_gmina WHERE activity_id = $1 AND NOT (gmina_id = ANY($2::uuid[]))`, [activityId, served.map((gmina) => gmina.gminaId)]);
      if (!served.length) return;
      await this.txHost.tx.query(
        `INSERT INTO activity_gmina (activity_id, gmina_id, participants) SELECT $1::uuid, served.gmina_id, served.participants FROM unnest($2::uuid[], $3::int[]) AS served (gmina_id, participants)
         ON CONFLICT (activity_id, gmina_id) DO UPDATE SET participants = excluded.participants`,
        [activityId, served.map((gmina) => gmina.gminaId), served.map((gmina) => gmina.participants)],
      );
    });
  }

  insertParticipants(activityId: string, participants: readonly NamedParticipant[]): Promise<void> {
    return this.guarded(async () => {
      if (participants.length) await this.txHost.tx.getRepository(ActivityParticipant).insert(participants.map((participant) => ({ activityId, ...participant })));
    });
  }

  /** Replaces the people named by hand; those who came through a registration are the registration's. */
  async replaceParticipants(activityId: string, participants: readonly NamedParticipant[]): Promise<void> {
    await this.txHost.tx.query(`DELETE FROM activity_participant WHERE activity_id = $1 AND registration_id IS NULL`, [activityId]);
    await this.insertParticipants(activityId, participants);
  }

  async replaceAreas(activityId: string, areaIds: readonly string[], replacing: boolean): Promise<void> {
    const areas = this.txHost.tx.getRepository(ActivityThematicArea);
    if (replacing) await areas.delete({ activityId });
    await this.guarded(async () => {
      if (areaIds.length) await areas.insert(areaIds.map((thematicAreaId) => ({ activityId, thematicAreaId })));
    });
  }

  /** Follow-ups that became tasks stay: the task points back at them. */
  async replaceFollowUps(activityId: string, descriptions: readonly string[], createdBy: string, replacing: boolean): Promise<void> {
    if (replacing) await this.txHost.tx.query(`DELETE FROM activity_follow_up WHERE activity_id = $1 AND task_id IS NULL`, [activityId]);
    if (!descriptions.length) return;
    // A microsecond apart, so they read back in the order they were written (by created_at).
    await this.txHost.tx.query(
      `INSERT INTO activity_follow_up (activity_id, description, created_by, created_at)
       SELECT $1, written.description, $3, now() + written.position * interval '1 microsecond'
       FROM unnest($2::text[]) WITH ORDINALITY AS written (description, position)`,
      [activityId, descriptions.map((description) => description.trim()), createdBy],
    );
  }

  /**
   * The gminas served and the people named, each with its gmina, for many activities: three
   * statements however many activities and whichever of the two a request reads first.
   */
  async servedOf(activityIds: readonly string[]): Promise<ServedParts> {
    const [gminas, participants] = await Promise.all([
      this.txHost.tx.getRepository(ActivityGmina).find({
        where: { activityId: In([...activityIds]) },
        order: { participants: 'DESC', gminaId: 'ASC' },
      }),
      this.txHost.tx.getRepository(ActivityParticipant).find({
        where: { activityId: In([...activityIds]) },
        order: { name: 'ASC', id: 'ASC' },
      }),
    ]);
    const ids = [...new Set([...gminas.map((served) => served.gminaId), ...participants.flatMap((participant) => (participant.gminaId ? [participant.gminaId] : []))])];
    const byId = new Map((ids.length ? await this.gminas.findByIds(ids) : []).map((gmina) => [gmina.id, gmina]));
    const withGmina = <T extends { gminaId: string | null }>(row: T): WithGmina<T> =>
      Object.assign(row, {
        gmina: row.gminaId ? (byId.get(row.gminaId) ?? null) : null,
      });
    return {
      gminas: gminas.map(withGmina),
      participants: participants.map(withGmina),
    };
  }

  /** Programmes by name with their teams and topics, in one statement. */
  async programmesOf(programmeIds: readonly string[]): Promise<ProgrammePlaces[]> {
    const rows: {
      id: string;
      name: string;
      teams: ProgrammeTeam[];
      topics: ProgrammeTopic[];
    }[] = await this.txHost.tx.query(
      `SELECT programme.id, programme.name,
         coalesce((SELECT json_agg(json_build_object('id', team.id, 'programmeId', team.programme_id, 'name', team.name, 'voivodeshipCode', team.voivodeship_code))
                   FROM programme_team team WHERE team.programme_id = programme.id), '[]') AS teams,
         coalesce((SELECT json_agg(json_build_object('id', topic.id, 'programmeId', topic.programme_id, 'kind', topic.kind, 'name', topic.name, 'position', topic.position))
                   FROM programme_topic topic WHERE topic.programme_id = programme.id), '[]') AS topics
       FROM programme WHERE programme.id = ANY($1::uuid[])`,
      [[...programmeIds]],
    );
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      teams: row.teams.map((team) => Object.assign(new ProgrammeTeam(), team)),
      topics: row.topics.map((topic) => Object.assign(new ProgrammeTopic(), topic)),
    }));
  }

  followUpsOf(activityIds: readonly string[]): Promise<ActivityFollowUp[]> {
    return this.txHost.tx.getRepository(ActivityFollowUp).find({
      where: { activityId: In([...activityIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Areas with the activities that name them, in one statement. */
  async areasOf(activityIds: readonly string[]): Promise<AreaOfActivity[]> {
    const rows: {
      activity_id: string;
      id: string;
      code: string | null;
      partnership_id: string | null;
      name_pl: string;
      name_en: string | null;
    }[] = await this.txHost.tx.query(
      `SELECT link.activity_id, area.id, area.code, area.partnership_id, area.name_pl, area.name_en
       FROM activity_thematic_area link JOIN thematic_area area ON area.id = link.thematic_area_id
       WHERE link.activity_id = ANY($1::uuid[]) ORDER BY area.name_pl COLLATE "pl-x-icu", area.id`,
      [[...activityIds]],
    );
    return rows.map((row) => ({
      activityId: row.activity_id,
      area: Object.assign(new ThematicArea(), {
        id: row.id,
        code: row.code,
        partnershipId: row.partnership_id,
        namePl: row.name_pl,
        nameEn: row.name_en,
      }),
    }));
  }

  private guarded(write: () => Promise<void>): Promise<void> {
    return refusingConstraints(write, ACTIVITY_REFUSALS);
  }
}
