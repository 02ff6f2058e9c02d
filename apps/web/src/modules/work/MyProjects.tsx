import { Link } from 'react-router';
import { type WorkMyWorkQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ShowMore } from '../../ui/ShowMore';
import { stageLabel } from '../projects/stages';
import type { PartnershipInfo } from './MyWorkPage';
import { useMorePages } from './use-more-pages';

interface Props {
  readonly count: number;
  readonly connection: WorkMyWorkQuery['myWork']['projects'];
  readonly partnerships: ReadonlyMap<string, PartnershipInfo>;
  /** Loads the next page; resolves to how many came. */
  more(after: string): Promise<number>;
}

/** The projects a gmina the reader acts for takes part in: stage, partnership, and the gmina's part. */
export function MyProjects({ count, connection, partnerships, more }: Props) {
  const { t } = useT();
  const projects = connection.edges.map((edge) => edge.node);
  // A failure is shown over the button (where focus stays) and said by the status region.
  const { said, failed, loadMore } = useMorePages({
    more: (added) => t('work.projects.more', { count: t('work.projectCount', { n: added }) }),
    failed: (message) => t('work.projects.moreFailed', { message }),
  });

  return (
    <section aria-labelledby="work-projects" className="work-section">
      <h2 id="work-projects">{t('work.projects.heading')}</h2>
      <p className="work-section__status">{t('work.projects.count', { n: count })}</p>
      <p role="status" className="visually-hidden">
        {said}
      </p>
      {projects.length === 0 ? (
        <p className="empty-state">{t('work.projects.empty')}</p>
      ) : (
        <ul className="work-list">
          {projects.map((project, index) => {
            const partnership = partnerships.get(project.partnershipId);
            const mine = project.participants.find((participant) => participant.gmina.id === partnership?.gminaId);
            return (
              <li key={project.id} className="card work-item">
                <h3 className="work-item__title">
                  <Link to={`/projects/${project.id}`} data-work-project={index}>
                    {project.title}
                  </Link>
                </h3>
                <dl className="work-item__facts">
                  <div>
                    <dt>{t('work.projects.stage')}</dt>
                    <dd>{stageLabel(t, project.stage)}</dd>
                  </div>
                  {partnership && (
                    <div>
                      <dt>{t('work.task.partnership')}</dt>
                      <dd>
                        <Link to={`/partnerships/${partnership.slug}`}>{partnership.name}</Link>
                      </dd>
                    </div>
                  )}
                  {mine && (
                    <div>
                      <dt>{t('work.projects.role', { gmina: mine.gmina.name })}</dt>
                      <dd>{t(mine.role === 'LEAD' ? 'work.projects.LEAD' : 'work.projects.PARTNER')}</dd>
                    </div>
                  )}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {failed && <p className="notice notice--warning">{failed}</p>}
      <ShowMore
        hasMore={connection.pageInfo.hasNextPage && Boolean(connection.pageInfo.endCursor)}
        onMore={() => loadMore(() => more(connection.pageInfo.endCursor ?? ''), `[data-work-project="${projects.length}"]`)}
      />
    </section>
  );
}
