import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError, type FieldProblem } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { In } from 'typeorm';
import { AnchorState, CommentThread, ThreadStatus } from '../comment/comment-thread.entity';
import { renderMarkdown, type SectionProblem, splitSections } from '../document/sections';
import { isOpenForWork } from '../plan/plan-status';
import { Plan } from '../plan/plan.entity';
import { plansMessage, statusWords } from '../plans-messages';
import { PlanRevision } from './plan-revision.entity';
import { PlanSection } from './plan-section.entity';
import { ThreadCarryOver } from './thread-carry-over';

/** A plan has at most this many sections: a long strategy has about a hundred. */
export const SECTION_LIMIT = 500;

export interface NewRevision {
  readonly expectedVersion: number;
  readonly markdown: string;
  readonly summary: string;
}

/**
 * Publishing revisions: the text is split into sections whose keys the editor carried along
 * (a heading's `{#s3}`) or, for a heading without one, whose heading is unchanged; every other
 * heading starts a new section. Keys come from the author's text rather than from matching
 * headings and positions, because a renamed heading or a section moved above another is
 * exactly what a heuristic gets wrong, and a thread that jumps to the wrong section is worse
 * than one marked outdated.
 */
@Injectable()
export class RevisionsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly carryOver: ThreadCarryOver,
    private readonly events: EventLog,
  ) {}

  private get revisions() {
    return this.txHost.tx.getRepository(PlanRevision);
  }

  async get(id: string): Promise<PlanRevision | null> {
    return this.revisions.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<PlanRevision[]> {
    return this.revisions.findBy({ id: In([...ids]) });
  }

  /** The latest revision of each plan. */
  latestOf(plans: readonly Pick<Plan, 'id' | 'revisionCount'>[]): Promise<PlanRevision[]> {
    const wanted = plans.filter((plan) => plan.revisionCount > 0);
    if (!wanted.length) return Promise.resolve([]);
    return this.revisions.find({ where: wanted.map((plan) => ({ planId: plan.id, number: plan.revisionCount })) });
  }

  /** Revisions of each plan, newest first; without their text unless asked (the list a reader picks from). */
  listOf(planIds: readonly string[], withText = false): Promise<PlanRevision[]> {
    return this.revisions.find({
      where: { planId: In([...planIds]) },
      select: { id: true, planId: true, number: true, summary: true, authorId: true, createdAt: true, markdown: withText },
      order: { number: 'DESC' },
    });
  }

  async byNumber(planId: string, number: number): Promise<PlanRevision | null> {
    return this.revisions.findOneBy({ planId, number });
  }

  sectionsOf(revisionIds: readonly string[]): Promise<PlanSection[]> {
    return this.txHost.tx.getRepository(PlanSection).find({ where: { revisionId: In([...revisionIds]) }, order: { position: 'ASC' } });
  }

  /**
   * Publishes `text` as the plan's next revision, at the version the author edited (the
   * UPDATE checks it and holds the plan until commit, so two authors cannot both publish on
   * the same revision, and comments in flight are carried along; see holdForComment), and
   * takes the open threads along. Answers the plan as it now is.
   */
  @Transactional()
  async publish(actor: Actor, plan: Plan, text: NewRevision): Promise<Plan> {
    if (!isOpenForWork(plan.status)) throw DomainError.conflict(plansMessage('closedForEdits', { title: plan.title, status: statusWords(plan.status) }), { status: plan.status });
    const latest = plan.revisionCount > 0 ? await this.byNumber(plan.id, plan.revisionCount) : null;
    const known = latest ? await this.sectionsOf([latest.id]) : [];
    const split = splitSections(text.markdown, known, plan.nextSectionNumber);
    this.assertSplit(plan, split.problems, split.sections.length);
    // Stored as rendered from its sections, so every heading carries its key for the next edit.
    const markdown = renderMarkdown(split.sections);
    if (latest && latest.markdown === markdown) throw DomainError.badInput('markdown', plansMessage('sameText', { number: latest.number }));
    const after = await versionedUpdate(this.txHost.tx, Plan, {
      id: plan.id,
      expectedVersion: text.expectedVersion,
      changes: { revisionCount: plan.revisionCount + 1, nextSectionNumber: split.nextKeyNumber },
      noun: plansMessage('noun.plan'),
    });
    const revision = await this.revisions.save(this.revisions.create({ planId: plan.id, number: after.revisionCount, markdown, summary: text.summary.trim(), authorId: actor.userId }));
    const sections = split.sections.map((section) => this.txHost.tx.getRepository(PlanSection).create({ ...section, revisionId: revision.id }));
    if (sections.length) await this.txHost.tx.getRepository(PlanSection).insert(sections);
    const open = latest
      ? await this.txHost.tx.getRepository(CommentThread).find({ where: { planId: plan.id, status: ThreadStatus.OPEN, anchor: In([AnchorState.CURRENT, AnchorState.QUOTE_NOT_FOUND]) } })
      : [];
    const threads = await this.carryOver.carry(open, { id: revision.id, sections });
    await this.events.append(plan.partnershipId, {
      topic: 'plan',
      subjectId: plan.id,
      scopeId: plan.id,
      action: 'plan.revision.published',
      actorId: actor.userId,
      changes: { revision: { after: revision.number }, summary: { after: revision.summary }, threads: { after: threads } },
    });
    return after;
  }

  /** Takes threads written on, or reopened from, an older revision to the plan's latest. */
  async carryToLatest(plan: Plan, threads: readonly CommentThread[]): Promise<void> {
    const [latest] = await this.latestOf([plan]);
    if (latest) await this.carryOver.carry(threads, { id: latest.id, sections: await this.sectionsOf([latest.id]) });
  }

  private assertSplit(plan: Plan, problems: readonly SectionProblem[], count: number): void {
    const found: FieldProblem[] = problems.map((problem) => ({
      field: 'markdown',
      message:
        problem.kind === 'unknownKey'
          ? plansMessage('unknownSectionKey', { key: problem.key, line: problem.line, heading: problem.heading, title: plan.title })
          : plansMessage('duplicateSectionKey', { key: problem.key, line: problem.line, heading: problem.heading }),
    }));
    if (count > SECTION_LIMIT) found.push({ field: 'markdown', message: plansMessage('tooManySections', { max: SECTION_LIMIT, count }) });
    if (found.length) throw DomainError.invalidFields(found);
  }
}
