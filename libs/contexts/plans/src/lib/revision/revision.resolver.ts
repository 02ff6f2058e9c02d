import { Args, Context, Info, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsLoader, UserAccount } from '@wspolnie/identity';
import { DomainError } from '@wspolnie/platform-errors';
import { groupByKey, type RequestContext, selectsField } from '@wspolnie/platform-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CommentThread } from '../comment/comment-thread.entity';
import { preloadThreads } from '../comment/preload';
import { ThreadsService } from '../comment/threads.service';
import { compareSections } from '../document/compare';
import { Plan } from '../plan/plan.entity';
import { plansMessage } from '../plans-messages';
import { PlanRevision } from './plan-revision.entity';
import { PlanSection } from './plan-section.entity';
import { SectionComparison } from './revision-comparison.types';
import { RevisionsService } from './revisions.service';

/** Plan.currentRevision, .revisions, .revision and .compare: the text, and how it changed. */
@Resolver(() => Plan)
export class PlanRevisionsResolver {
  private readonly latestKey = {};
  private readonly listKey = {};
  private readonly listWithTextKey = {};

  constructor(private readonly service: RevisionsService) {}

  @ResolveField(() => PlanRevision, { nullable: true, description: 'The latest revision: the text as it stands.' })
  currentRevision(@Parent() plan: Plan, @Context() context: RequestContext): Promise<PlanRevision | null> {
    // Keyed by the plan itself: the latest revision's number is on its row.
    return context.loaders
      .get<Plan, PlanRevision | null>(this.latestKey, async (plans) => {
        const latest = new Map((await this.service.latestOf(plans)).map((revision) => [revision.planId, revision]));
        return plans.map((each) => latest.get(each.id) ?? null);
      })
      .load(plan);
  }

  @ResolveField(() => [PlanRevision], { description: 'Every revision, newest first (their markdown and sections too, when asked for).' })
  revisions(@Parent() plan: Plan, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<PlanRevision[]> {
    // A list to pick from needs no text; the whole text of every revision only when asked for.
    const withText = selectsField(info, 'markdown');
    return context.loaders
      .get<string, PlanRevision[]>(withText ? this.listWithTextKey : this.listKey, async (ids) => groupByKey(ids, await this.service.listOf(ids, withText), (revision) => revision.planId))
      .load(plan.id);
  }

  @ResolveField(() => PlanRevision, { nullable: true })
  revision(@Parent() plan: Plan, @Args('number', { type: () => Int }) number: number): Promise<PlanRevision | null> {
    return this.service.byNumber(plan.id, number);
  }

  @ResolveField(() => [SectionComparison], { description: 'Two revisions compared section by section (by number; from the older to the newer), with word-level diffs of what changed.' })
  async compare(@Parent() plan: Plan, @Args('from', { type: () => Int }) from: number, @Args('to', { type: () => Int }) to: number): Promise<SectionComparison[]> {
    if (from === to) throw DomainError.badInput('to', plansMessage('sameRevision'));
    const [older, newer] = await Promise.all([this.numbered(plan, from, 'from'), this.numbered(plan, to, 'to')]);
    const sections = await this.service.sectionsOf([older.id, newer.id]);
    const of = (revision: PlanRevision) => sections.filter((section) => section.revisionId === revision.id);
    return compareSections(of(older), of(newer)) as SectionComparison[];
  }

  private async numbered(plan: Plan, number: number, field: string): Promise<PlanRevision> {
    const revision = await this.service.byNumber(plan.id, number);
    if (!revision) throw DomainError.badInput(field, plansMessage('noSuchRevision', { number, title: plan.title, count: plan.revisionCount }));
    return revision;
  }
}

/** A revision's author and sections, and the threads standing beside each section. */
@Resolver(() => PlanRevision)
export class PlanRevisionResolver {
  private readonly sectionsKey = {};

  constructor(
    private readonly revisions: RevisionsService,
    private readonly people: AccountsLoader,
  ) {}

  @ResolveField(() => UserAccount, { nullable: true })
  author(@Parent() revision: PlanRevision, @Context() context: RequestContext) {
    return this.people.load(context, revision.authorId);
  }

  @ResolveField(() => [PlanSection], { description: 'In document order.' })
  sections(@Parent() revision: PlanRevision, @Context() context: RequestContext): Promise<PlanSection[]> {
    return context.loaders.get<string, PlanSection[]>(this.sectionsKey, async (ids) => groupByKey(ids, await this.revisions.sectionsOf(ids), (section) => section.revisionId)).load(revision.id);
  }
}

@Resolver(() => PlanSection)
export class PlanSectionResolver {
  private readonly threadsKey = {};
  private readonly withStartersKey = {};

  constructor(
    private readonly threadService: ThreadsService,
    private readonly people: AccountsLoader,
  ) {}

  @ResolveField(() => [CommentThread], { description: 'Threads standing on this section of this revision (open ones follow it to newer revisions), oldest first.' })
  async threads(@Parent() section: PlanSection, @Context() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<CommentThread[]> {
    const withStarters = selectsField(info, 'startedBy');
    const onRevision = await context.loaders
      .get<string, CommentThread[]>(withStarters ? this.withStartersKey : this.threadsKey, async (ids) => {
        const threads = await this.threadService.threadsOnRevisions(ids);
        await preloadThreads(this.people, context, threads, withStarters);
        return groupByKey(ids, threads, (thread) => thread.revisionId);
      })
      .load(section.revisionId);
    return onRevision.filter((thread) => thread.sectionKey === section.key);
  }
}
