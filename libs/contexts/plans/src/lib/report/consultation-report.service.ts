import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DomainError } from '@wspolnie/platform-errors';
import type { Plan } from '../plan/plan.entity';
import { reportMessage } from './report-messages';
import { type ConsultationCounts, type ConsultationGminaCounts, type ConsultationReport, type ConsultationSectionCounts, ConsultationThreadStatus } from './report.types';

/**
 * The threads a report or an export covers: a plan's, of one round or of all (`$2` null).
 * Each gets its bucket of ConsultationThreadStatus, decided here once for both.
 */
export const THREADS_IN_SCOPE = `
  SELECT thread.*, CASE WHEN thread.status = 'RESOLVED' THEN 'RESOLVED' WHEN thread.anchor = 'OUTDATED' THEN 'OUTDATED' ELSE 'OPEN' END AS bucket
  FROM plan_thread thread
  WHERE thread.plan_id = ANY($1::uuid[]) AND ($2::int IS NULL OR thread.round_number = $2::int)`;

/**
 * Every section of each plan's latest revision, then each removed section its threads still
 * name, headed as in the newest revision one of them stands on (a thread keeps the revision
 * and section where it was when its section went).
 */
const SECTIONS = `
  latest AS (
    SELECT plan.id AS plan_id, section.key, section.heading, section.position
    FROM plan
    JOIN plan_revision revision ON revision.plan_id = plan.id AND revision.number = plan.revision_count
    JOIN plan_section section ON section.revision_id = revision.id
    WHERE plan.id = ANY($1::uuid[])
  ),
  removed AS (
    SELECT DISTINCT ON (scope.plan_id, scope.section_key) scope.plan_id, scope.section_key AS key, coalesce(section.heading, '') AS heading, coalesce(section.position, 0) AS position
    FROM scope
    JOIN plan_revision revision ON revision.id = scope.revision_id
    LEFT JOIN plan_section section ON section.revision_id = scope.revision_id AND section.key = scope.section_key
    WHERE NOT EXISTS (SELECT 1 FROM latest WHERE latest.plan_id = scope.plan_id AND latest.key = scope.section_key)
    ORDER BY scope.plan_id, scope.section_key, revision.number DESC
  ),
  sections AS (
    SELECT plan_id, key, heading, position, true AS in_latest FROM latest
    UNION ALL SELECT plan_id, key, heading, position, false FROM removed
  )`;

interface SectionRow {
  plan_id: string;
  key: string;
  heading: string;
  in_latest: boolean;
  bucket: ConsultationThreadStatus | null;
  threads: number | null;
  comments: number | null;
}

interface GminaRow {
  plan_id: string;
  gmina_id: string | null;
  terc: string | null;
  name: string | null;
  comments: number;
  threads_started: number;
}

const FIELD_OF: Record<ConsultationThreadStatus, 'open' | 'resolved' | 'outdated'> = { OPEN: 'open', RESOLVED: 'resolved', OUTDATED: 'outdated' };
const byName = new Intl.Collator('pl');
const zero = (): ConsultationCounts => ({ threads: 0, comments: 0, open: 0, resolved: 0, outdated: 0 });

/**
 * The consultation report: a plan's threads counted by section, by the gmina their authors
 * acted for, and by status, in two statements for any number of plans.
 */
@Injectable()
export class ConsultationReportService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Refuses a round the plan has not had; 0 is the comments made outside any round (on a draft). */
  checkRound(plan: Pick<Plan, 'title' | 'roundNumber'>, round: number | null): void {
    if (round === null || (round >= 0 && round <= plan.roundNumber)) return;
    throw DomainError.badInput(
      'round',
      plan.roundNumber === 0 ? reportMessage('noRoundsYet', { title: plan.title }) : reportMessage('noSuchRound', { title: plan.title, round, count: plan.roundNumber }),
    );
  }

  async reportsOf(planIds: readonly string[], round: number | null): Promise<Map<string, ConsultationReport>> {
    const ids = [...planIds];
    const [sections, gminas] = await Promise.all([this.sectionRows(ids, round), this.gminaRows(ids, round)]);
    const reports = new Map<string, ConsultationReport>(ids.map((id) => [id, emptyReport(round)]));
    const placed = new Map<string, ConsultationSectionCounts>();
    for (const row of sections) {
      const report = reports.get(row.plan_id);
      if (!report) continue;
      let section = placed.get(`${row.plan_id}:${row.key}`);
      if (!section) {
        section = { ...zero(), sectionKey: row.key, heading: row.heading, inLatestRevision: row.in_latest };
        placed.set(`${row.plan_id}:${row.key}`, section);
        report.bySection.push(section);
      }
      if (!row.bucket) continue;
      const threads = row.threads ?? 0;
      const comments = row.comments ?? 0;
      for (const counts of [section, report.totals]) {
        counts.threads += threads;
        counts.comments += comments;
        counts[FIELD_OF[row.bucket]] += threads;
      }
      const status = report.byStatus.find((each) => each.status === row.bucket);
      if (status) {
        status.threads += threads;
        status.comments += comments;
      }
    }
    for (const row of gminas) {
      reports.get(row.plan_id)?.byGmina.push({ gminaId: row.gmina_id, terc: row.terc, name: row.name, comments: row.comments, threadsStarted: row.threads_started });
    }
    for (const report of reports.values()) report.byGmina.sort(gminaOrder);
    return reports;
  }

  /** Each section with its threads counted per bucket (a row per bucket; one without counts for a section nobody commented on). */
  private sectionRows(planIds: string[], round: number | null): Promise<SectionRow[]> {
    return this.txHost.tx.query(
      `WITH scope AS (${THREADS_IN_SCOPE}),
       ${SECTIONS},
       written AS (
         SELECT comment.subject_id AS thread_id, count(*) AS comments FROM comment JOIN scope ON scope.id = comment.subject_id
         WHERE comment.subject_kind = 'PLAN_THREAD' AND comment.deleted_at IS NULL GROUP BY comment.subject_id
       ),
       counted AS (
         SELECT scope.plan_id, scope.section_key AS key, scope.bucket, count(*)::int AS threads, coalesce(sum(written.comments), 0)::int AS comments
         FROM scope LEFT JOIN written ON written.thread_id = scope.id
         GROUP BY scope.plan_id, scope.section_key, scope.bucket
       )
       SELECT sections.plan_id, sections.key, sections.heading, sections.in_latest, counted.bucket, counted.threads, counted.comments
       FROM sections LEFT JOIN counted ON counted.plan_id = sections.plan_id AND counted.key = sections.key
       ORDER BY sections.plan_id, sections.in_latest DESC, sections.position, sections.key, counted.bucket`,
      [planIds, round],
    );
  }

  /** Comments by their author's gmina (deleted ones are not counted, but a thread they started is). */
  private gminaRows(planIds: string[], round: number | null): Promise<GminaRow[]> {
    return this.txHost.tx.query(
      `WITH scope AS (${THREADS_IN_SCOPE}),
       written AS (
         SELECT comment.scope_id AS plan_id, comment.author_gmina_id, comment.deleted_at,
                row_number() OVER (PARTITION BY comment.subject_id ORDER BY comment.seq) = 1 AS starts
         FROM comment JOIN scope ON scope.id = comment.subject_id AND comment.subject_kind = 'PLAN_THREAD'
       )
       SELECT written.plan_id, gmina.id AS gmina_id, gmina.terc, gmina.name,
              count(*) FILTER (WHERE written.deleted_at IS NULL)::int AS comments, count(*) FILTER (WHERE written.starts)::int AS threads_started
       FROM written LEFT JOIN gmina ON gmina.id = written.author_gmina_id
       GROUP BY written.plan_id, gmina.id
       HAVING count(*) FILTER (WHERE written.deleted_at IS NULL OR written.starts) > 0`,
      [planIds, round],
    );
  }
}

function emptyReport(round: number | null): ConsultationReport {
  return {
    round,
    totals: zero(),
    bySection: [],
    byGmina: [],
    byStatus: Object.values(ConsultationThreadStatus).map((status) => ({ status, threads: 0, comments: 0 })),
  };
}

/** By name as Poles sort them (Ł after L), the entry for people acting for no gmina last. */
function gminaOrder(a: ConsultationGminaCounts, b: ConsultationGminaCounts): number {
  if (a.name === null || b.name === null) return (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0);
  return byName.compare(a.name, b.name) || (a.terc ?? '').localeCompare(b.terc ?? '');
}
