import { Injectable } from '@nestjs/common';
import { withReadableMentions } from '@wspolnie/discussion';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@wspolnie/identity';
import { formatWarsawTime } from '@wspolnie/kernel';
import { csvFile } from '@wspolnie/platform-graphql';
import { type Locale, type Message, render } from '@wspolnie/platform-i18n';
import type { AnchorState, ThreadStatus } from '../comment/comment-thread.entity';
import { PlansService } from '../plan/plans.service';
import { ConsultationReportService, THREADS_IN_SCOPE } from './consultation-report.service';
import { reportMessage } from './report-messages';

/** The columns, in order; their headers are in the caller's language. */
const COLUMNS = [
  'thread',
  'sectionKey',
  'section',
  'quote',
  'status',
  'anchor',
  'decisionNote',
  'resolvedBy',
  'resolvedAt',
  'round',
  'comment',
  'inReplyTo',
  'author',
  'gmina',
  'writtenAt',
  'edited',
  'text',
] as const;

interface ExportRow {
  thread_id: string;
  section_key: string;
  heading: string;
  quote: string | null;
  status: ThreadStatus;
  anchor: AnchorState;
  decision_note: string | null;
  resolved_by: string | null;
  resolved_at: Date | null;
  round_number: number;
  comment_id: string;
  in_reply_to_id: string | null;
  author_id: string | null;
  gmina_name: string | null;
  gmina_terc: string | null;
  created_at: Date;
  edited_at: Date | null;
  deleted: boolean;
  body: string;
}

export interface Download {
  /** Without its extension, in the caller's language. */
  readonly name: string;
  readonly body: Buffer;
}

/**
 * The consultation protocol's attachment: every comment of a plan (or of one round) with its
 * thread, answers and resolution, one row per comment. Threads come in the order of the latest
 * revision's sections (removed sections last), oldest first within a section, and their
 * comments in the order written; numbers (thread, comment, in reply to) are the export's own,
 * so the protocol can say "wątek 12, komentarz 3" without ids.
 */
@Injectable()
export class CommentsExportService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plans: PlansService,
    private readonly reports: ConsultationReportService,
    private readonly accounts: AccountsService,
  ) {}

  async commentsCsv(planId: string, round: number | null, locale: Locale): Promise<Download> {
    const plan = await this.plans.get(planId);
    this.reports.checkRound(plan, round);
    const rows = await this.rows(plan.id, round);
    const names = await this.namesOf(rows);
    const say = (message: Message) => render(message, locale);
    const when = (instant: Date | null) => (instant ? formatWarsawTime(instant, 'compact', locale) : '');
    const person = (id: string | null) => (id ? (names.get(id) ?? say(reportMessage('accountGone'))) : say(reportMessage('accountGone')));

    const threadNumbers = new Map<string, number>();
    const written = new Map<string, number>();
    const commentNumbers = new Map<string, number>();
    const cells = rows.map((row) => {
      if (!threadNumbers.has(row.thread_id)) threadNumbers.set(row.thread_id, threadNumbers.size + 1);
      const number = (written.get(row.thread_id) ?? 0) + 1;
      written.set(row.thread_id, number);
      commentNumbers.set(row.comment_id, number);
      const resolved = row.resolved_at !== null;
      return [
        threadNumbers.get(row.thread_id) ?? 0,
        row.section_key,
        row.heading,
        row.quote ?? '',
        say(reportMessage(`status.${row.status}`)),
        say(reportMessage(`anchor.${row.anchor}`)),
        row.decision_note ?? '',
        resolved ? person(row.resolved_by) : '',
        when(row.resolved_at),
        row.round_number,
        number,
        row.in_reply_to_id ? (commentNumbers.get(row.in_reply_to_id) ?? '') : '',
        person(row.author_id),
        row.gmina_name === null ? say(reportMessage('noGmina')) : say(reportMessage('gmina', { name: row.gmina_name, terc: row.gmina_terc ?? '' })),
        when(row.created_at),
        say(reportMessage(row.edited_at ? 'yes' : 'no')),
        row.deleted ? say(reportMessage('deletedComment')) : withReadableMentions(row.body),
      ];
    });
    const name =
      round === null
        ? reportMessage('fileName', { title: plan.title })
        : round === 0
          ? reportMessage('fileNameOutsideRounds', { title: plan.title })
          : reportMessage('fileNameRound', { title: plan.title, round });
    return { name: say(name), body: csvFile(COLUMNS.map((column) => say(reportMessage(`column.${column}`))), cells) };
  }

  /** One statement for every comment, with its thread and the heading of the section it is on. */
  private rows(planId: string, round: number | null): Promise<ExportRow[]> {
    return this.txHost.tx.query(
      `WITH scope AS (${THREADS_IN_SCOPE})
       SELECT scope.id AS thread_id, scope.section_key, coalesce(latest.heading, standing.heading, '') AS heading, scope.quote, scope.status, scope.anchor,
              scope.decision_note, scope.resolved_by, scope.resolved_at, scope.round_number,
              comment.id AS comment_id, comment.in_reply_to_id, comment.author_id, gmina.name AS gmina_name, gmina.terc AS gmina_terc,
              comment.created_at, comment.edited_at, comment.deleted_at IS NOT NULL AS deleted, comment.body
       FROM scope
       JOIN plan ON plan.id = scope.plan_id
       JOIN plan_revision newest ON newest.plan_id = plan.id AND newest.number = plan.revision_count
       LEFT JOIN plan_section latest ON latest.revision_id = newest.id AND latest.key = scope.section_key
       LEFT JOIN plan_section standing ON standing.revision_id = scope.revision_id AND standing.key = scope.section_key
       JOIN comment ON comment.subject_kind = 'PLAN_THREAD' AND comment.subject_id = scope.id
       LEFT JOIN gmina ON gmina.id = comment.author_gmina_id
       ORDER BY latest.position IS NULL, coalesce(latest.position, standing.position), scope.section_key, scope.seq, comment.seq`,
      [[planId], round],
    );
  }

  /** Authors' and resolvers' names, in one statement (from identity, which owns them). */
  private async namesOf(rows: readonly ExportRow[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.flatMap((row) => [row.author_id, row.resolved_by]).filter((id): id is string => id !== null))];
    if (!ids.length) return new Map();
    return new Map((await this.accounts.findByIds(ids)).map((account) => [account.id, account.displayName]));
  }
}
