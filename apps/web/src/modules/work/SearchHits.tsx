import { Link } from 'react-router';
import { type WorkSearchQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { stageLabel } from '../projects/stages';
import { markedSegments } from './search-marks';

type Hit = WorkSearchQuery['search'][number];

/** A text with the searched words in <mark> (read as they are: the marks only show where). */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  return <>{markedSegments(text, words).map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}</>;
}

/**
 * The hits, best first. Each is a heading that starts with what it is ("Projekt", "Zadanie"),
 * so a list of headings tells them apart; a task leads to its own page, and names its project and its board.
 */
export function SearchHits({ hits, words, limit }: { hits: readonly Hit[]; words: readonly string[]; limit: number }) {
  const { t, day } = useT();
  return (
    <section aria-labelledby="search-results">
      <h2 id="search-results">{t('work.search.results')}</h2>
      <ol className="search-hits">
        {hits.map((hit) => {
          const task = hit.kind === 'TASK' ? hit.task : null;
          const title = task ? task.title : hit.project.title;
          const archived = Boolean(task?.archivedAt ?? hit.project.archivedAt);
          return (
            <li key={`${hit.kind}:${task?.id ?? hit.project.id}`} className={`card search-hit search-hit--${hit.kind.toLowerCase()}`}>
              <h3 className="search-hit__title">
                <span className="search-hit__kind">{t(`work.search.kind.${hit.kind}`)}:</span>{' '}
                <Link to={task ? `/tasks/${task.id}` : `/projects/${hit.project.id}`}>
                  <Marked text={title} words={words} />
                </Link>
                {archived && <span className="search-hit__archived"> {t(task?.archivedAt ? 'work.search.archivedTask' : task ? 'work.search.inArchivedProject' : 'work.search.archivedProject')}</span>}
              </h3>
              {hit.highlight && hit.highlight !== title && (
                <p className="search-hit__excerpt">
                  <Marked text={hit.highlight} words={words} />
                </p>
              )}
              <p className="search-hit__facts">
                {task ? (
                  <>
                    {t('work.search.inProject')} <Link to={`/projects/${hit.project.id}`}>{hit.project.title}</Link> ·{' '}
                    <Link to={`/projects/${hit.project.id}/board${task.archivedAt ? '?archived=1' : ''}`}>{t('work.search.onBoard')}</Link> · {t(`board.status.${task.status}`)}
                    {task.dueOn && (
                      <>
                        {' '}
                        · {t('work.task.due')}: <time dateTime={task.dueOn}>{day(task.dueOn)}</time>
                      </>
                    )}
                  </>
                ) : (
                  <>
                    {t('work.projects.stage')}: {stageLabel(t, hit.project.stage)}
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {hits.length >= limit && <p className="notice">{t('work.search.limit', { n: limit })}</p>}
    </section>
  );
}
