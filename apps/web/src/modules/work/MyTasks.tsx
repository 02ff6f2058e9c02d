import { Link } from 'react-router';
import { type MyTaskBucket, type WorkMyWorkQuery, type WorkTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { warsawToday } from '../../i18n/format';
import { RadioGroup, SelectField } from '../../ui/fields';
import { ShowMore } from '../../ui/ShowMore';
import { stageLabel } from '../projects/stages';
import { BUCKETS, isOverdue, type MyWorkView, paramsOf, SORTS } from './my-work-params';
import type { PartnershipInfo } from './MyWorkPage';
import { useMorePages } from './use-more-pages';

type Work = WorkMyWorkQuery['myWork'];

interface Props {
  readonly view: MyWorkView;
  readonly params: URLSearchParams;
  onView(params: URLSearchParams): void;
  readonly counts: Work['taskCounts'];
  readonly connection: Work['tasks'];
  readonly partnerships: ReadonlyMap<string, PartnershipInfo>;
  readonly busy: boolean;
  /** Loads the next page; resolves to how many came. */
  more(after: string): Promise<number>;
}

const countOf = (counts: Work['taskCounts'], bucket: MyTaskBucket) => (bucket === 'OPEN' ? counts.open : bucket === 'DUE_THIS_WEEK' ? counts.dueThisWeek : counts.overdue);

/**
 * The reader's tasks: which bucket and in what order (both in the address), a page at a time.
 * After "Pokaż więcej" focus goes to the first task just loaded and the list says how many came.
 */
export function MyTasks({ view, params, onView, counts, connection, partnerships, busy, more }: Props) {
  const { t } = useT();
  const tasks = connection.edges.map((edge) => edge.node);
  // A failure is shown and said by the (visible) status region; focus stays on the button.
  const { said, failed, reset, loadMore } = useMorePages({
    more: (added) => t('work.tasks.more', { count: t('work.tasks.count', { n: added }) }),
    failed: (message) => t('work.tasks.moreFailed', { message }),
  });
  const today = warsawToday();

  return (
    <section aria-labelledby="work-tasks" className="work-section">
      <h2 id="work-tasks">{t('work.tasks.heading')}</h2>
      <form className="work-controls" onSubmit={(event) => event.preventDefault()}>
        <RadioGroup
          name="bucket"
          idPrefix="my-work"
          legend={t('work.bucket.legend')}
          options={BUCKETS.map((bucket) => ({ value: bucket, label: t(`work.bucket.${bucket}`, { n: countOf(counts, bucket) }) }))}
          value={view.bucket}
          onChange={(bucket) => {
            reset();
            onView(paramsOf({ ...view, bucket }, params));
          }}
        />
        <SelectField
          name="sort"
          idPrefix="my-work"
          label={t('work.sort.label')}
          value={view.sort}
          onChange={(event) => {
            reset();
            onView(paramsOf({ ...view, sort: event.target.value as MyWorkView['sort'] }, params));
          }}
        >
          {SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`work.sort.${sort}`)}
            </option>
          ))}
        </SelectField>
      </form>
      {/* Visible: a failed "Pokaż więcej" is said and shown here. */}
      <p role="status" className={`work-section__status${failed && !busy ? ' field__error' : ''}`}>
        {busy ? t('app.loading') : said || (tasks.length ? t('work.tasks.shown', { shown: tasks.length, total: connection.totalCount }) : '')}
      </p>
      <div aria-busy={busy || undefined}>
        {tasks.length === 0 ? (
          <p className="empty-state">{t(`work.tasks.empty.${view.bucket}`)}</p>
        ) : (
          <ol className="work-list">
            {tasks.map((task, index) => (
              <TaskItem key={task.id} task={task} index={index} partnership={partnerships.get(task.project.partnershipId)} today={today} />
            ))}
          </ol>
        )}
        <ShowMore
          hasMore={connection.pageInfo.hasNextPage && Boolean(connection.pageInfo.endCursor)}
          onMore={() => loadMore(() => more(connection.pageInfo.endCursor ?? ''), `[data-work-task="${tasks.length}"]`)}
        />
      </div>
    </section>
  );
}

function TaskItem({ task, index, partnership, today }: { task: WorkTaskFragment; index: number; partnership: PartnershipInfo | undefined; today: string }) {
  const { t, day } = useT();
  const overdue = isOverdue(task.dueOn, today);
  return (
    <li className={`card work-item${overdue ? ' work-item--overdue' : ''}`}>
      <h3 className="work-item__title">
        <Link to={`/tasks/${task.id}`} data-work-task={index}>
          {task.title}
        </Link>
      </h3>
      <dl className="work-item__facts">
        <div>
          <dt>{t('work.task.due')}</dt>
          <dd>
            {task.dueOn ? <time dateTime={task.dueOn}>{day(task.dueOn)}</time> : t('work.task.noDue')}
            {overdue && <strong className="work-item__overdue"> — {t('work.task.overdue')}</strong>}
          </dd>
        </div>
        <div>
          <dt>{t('work.task.status')}</dt>
          <dd>{t(`board.status.${task.status}`)}</dd>
        </div>
        <div>
          <dt>{t('work.task.priority')}</dt>
          <dd>{t(`board.priority.${task.priority}`)}</dd>
        </div>
        <div>
          <dt>{t('work.task.project')}</dt>
          <dd>
            <Link to={`/projects/${task.project.id}`}>{task.project.title}</Link> · {stageLabel(t, task.project.stage)} ·{' '}
            <Link to={`/projects/${task.project.id}/board`}>
              {t('work.task.board')} <span className="visually-hidden">{t('work.task.boardFor', { project: task.project.title }).trim()}</span>
            </Link>
          </dd>
        </div>
        {partnership && (
          <div>
            <dt>{t('work.task.partnership')}</dt>
            <dd>
              <Link to={`/partnerships/${partnership.slug}`}>{partnership.name}</Link>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
