import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@wspolnie/identity';
import { warsawDate } from '@wspolnie/kernel';
import type { DemoSeeder } from '@wspolnie/platform-database';
import type { Actor } from '@wspolnie/platform-graphql';
import type { CommentThread } from '../comment/comment-thread.entity';
import { CommentsService } from '../comment/comments.service';
import { ThreadsService } from '../comment/threads.service';
import { PlanLifecycleService } from '../plan/plan-lifecycle.service';
import { Plan } from '../plan/plan.entity';
import { PlansService } from '../plan/plans.service';
import type { PlanRevision } from '../revision/plan-revision.entity';
import type { PlanSection } from '../revision/plan-section.entity';
import { RevisionsService } from '../revision/revisions.service';
import { DEMO_PLAN, DEMO_THREADS, DEMO_WRITERS, type DemoSection, type DemoThread, type DemoWriter, FIRST_REVISION, SECOND_REVISION, type SectionId } from './demo-plans.data';

const DEMO_SLUG = 'aglomeracja-beskidzka-6';

/** An ISO day `days` after another: calendar arithmetic, so UTC midnights are exact. */
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A revision as the seeder reads it back: its id, and each demo section's key and stored body. */
interface Published {
  readonly revision: PlanRevision;
  readonly sections: ReadonlyMap<SectionId, PlanSection>;
}

/**
 * The demo partnership's territorial strategy in its first consultation round: two revisions
 * (the second merges a section away and edits others), threads from two gminas' officials and
 * the CWD advisor on the first, carried over or outdated by the second, and more after it.
 * Written through the services as the demo people, in the order people would have done it,
 * so the activity log and everyone's inbox tell the same story.
 */
@Injectable()
export class DemoPlansSeeder implements DemoSeeder {
  readonly name = 'plans';

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly plans: PlansService,
    private readonly lifecycle: PlanLifecycleService,
    private readonly revisions: RevisionsService,
    private readonly comments: CommentsService,
    private readonly threads: ThreadsService,
    private readonly accounts: AccountsService,
  ) {}

  hasData(): Promise<boolean> {
    return this.txHost.tx.getRepository(Plan).exists();
  }

  async seed(): Promise<void> {
    const [partnership] = await this.txHost.tx.query(`SELECT id FROM partnership WHERE slug = $1`, [DEMO_SLUG]);
    if (!partnership) throw new Error('the demo plans need the demo partnership, seeded before them');
    const projects: { id: string }[] = await this.txHost.tx.query(`SELECT id FROM project WHERE partnership_id = $1 AND title = ANY($2)`, [
      partnership.id,
      DEMO_PLAN.projectTitles,
    ]);
    if (projects.length !== DEMO_PLAN.projectTitles.length) throw new Error('the demo plans need the demo projects, seeded before them');
    const people = await this.people();
    const { coordinator, advisor } = people;

    let plan = await this.plans.create(coordinator, {
      partnershipId: partnership.id,
      title: DEMO_PLAN.title,
      kind: DEMO_PLAN.kind,
      markdown: this.markdownOf(FIRST_REVISION.sections),
      summary: FIRST_REVISION.summary,
      projectIds: projects.map((project) => project.id),
    });
    plan = await this.plans.update(coordinator, { id: plan.id, expectedVersion: plan.version, authorIds: [coordinator.userId, advisor.userId] });
    const first = await this.published(plan, 1);
    const opensOn = warsawDate();
    plan = await this.lifecycle.openConsultation(coordinator, { id: plan.id, expectedVersion: plan.version, opensOn, closesOn: addDays(opensOn, DEMO_PLAN.consultationDays) });

    const started = new Map<DemoThread, CommentThread>();
    for (const demo of DEMO_THREADS.filter((thread) => thread.on === 1)) started.set(demo, await this.discuss(plan, first, demo, people));

    // The advisor, as the plan's second author, publishes the text that answers the first comments.
    plan = await this.revisions.publish(advisor, await this.plans.get(plan.id), {
      expectedVersion: plan.version,
      markdown: this.markdownOf(SECOND_REVISION.sections, first),
      summary: SECOND_REVISION.summary,
    });
    const second = await this.published(plan, 2);

    for (const [demo, thread] of started) {
      if (!demo.resolution) continue;
      const current = await this.threads.get(thread.id);
      await this.threads.resolve(people[demo.resolution.by], { id: current.id, expectedVersion: current.version, note: demo.resolution.note });
    }
    for (const demo of DEMO_THREADS.filter((thread) => thread.on === 2)) await this.discuss(plan, second, demo, people);
  }

  /** One after another: the seed's transaction is one connection, which takes one query at a time. */
  private async people(): Promise<Record<DemoWriter, Actor>> {
    const people: Partial<Record<DemoWriter, Actor>> = {};
    for (const [who, person] of Object.entries(DEMO_WRITERS) as [DemoWriter, (typeof DEMO_WRITERS)[DemoWriter]][]) {
      const account = await this.accounts.findByEmail(person.email);
      if (!account) throw new Error(`the demo person ${person.email} is missing`);
      people[who] = { userId: account.id, isPlatformAdmin: false };
    }
    return people as Record<DemoWriter, Actor>;
  }

  /** A thread and its replies, each reply answering the comment before it. */
  private async discuss(plan: Plan, on: Published, demo: DemoThread, people: Record<DemoWriter, Actor>): Promise<CommentThread> {
    const section = on.sections.get(demo.section);
    if (!section) throw new Error(`revision ${on.revision.number} of the demo plan has no section ${demo.section}`);
    const start = demo.quote === undefined ? -1 : section.body.indexOf(demo.quote);
    if (demo.quote !== undefined && start < 0) throw new Error(`the demo quote "${demo.quote}" is not in section ${demo.section}`);
    const thread = await this.comments.startThread(people[demo.by], {
      planId: plan.id,
      revisionId: on.revision.id,
      sectionKey: section.key,
      quote: demo.quote === undefined ? null : { text: demo.quote, start, end: start + demo.quote.length },
      body: this.withMentions(demo.body, people),
    });
    let answered = (await this.threads.commentsOf([thread.id]))[0];
    for (const reply of demo.replies) answered = await this.comments.reply(people[reply.by], { commentId: answered.id, body: this.withMentions(reply.body, people) });
    return thread;
  }

  /** Markdown of the demo sections; a section already published keeps its key, as an editor sends it back. */
  private markdownOf(sections: readonly DemoSection[], previous?: Published): string {
    const parts = sections.map((section) => {
      if (section.heading === null) return section.body;
      const key = previous?.sections.get(section.id)?.key;
      return `# ${section.heading}${key ? ` {#${key}}` : ''}\n\n${section.body}`;
    });
    return `${parts.join('\n\n')}\n`;
  }

  /** The revision just published, with its sections matched to the demo's by heading (the preamble has none). */
  private async published(plan: Plan, number: 1 | 2): Promise<Published> {
    const revision = await this.revisions.byNumber(plan.id, number);
    if (!revision) throw new Error(`the demo plan has no revision ${number}`);
    const stored = await this.revisions.sectionsOf([revision.id]);
    const demo = number === 1 ? FIRST_REVISION : SECOND_REVISION;
    const sections = new Map<SectionId, PlanSection>();
    for (const section of demo.sections) {
      const match = stored.find((candidate) => candidate.heading === (section.heading ?? '') && (candidate.level === 0) === (section.heading === null));
      if (!match) throw new Error(`revision ${number} of the demo plan lost the section ${section.id}`);
      sections.set(section.id, match);
    }
    return { revision, sections };
  }

  private withMentions(body: string, people: Record<DemoWriter, Actor>): string {
    return body.replace(/@\{(\w+)\}/g, (token, who: string) => {
      if (!(who in DEMO_WRITERS)) throw new Error(`the demo text mentions ${token}, who is not a demo writer`);
      return `@[${DEMO_WRITERS[who as DemoWriter].name}](${people[who as DemoWriter].userId})`;
    });
  }
}
