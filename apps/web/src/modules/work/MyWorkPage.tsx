import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { MyProjectSort, WorkMoreProjectsDocument, WorkMoreTasksDocument, WorkMyWorkDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { viewOf } from './my-work-params';
import { MyProjects } from './MyProjects';
import { MyTasks } from './MyTasks';
import { WorkCounts } from './WorkCounts';
import './work.css';

/** A page of tasks, and of projects; "Pokaż więcej" reads the next one after the connection's cursor. */
export const TASK_PAGE = 20;
export const PROJECT_PAGE = 20;

/** Where each partnership is (name, address) and which gmina the reader acts for in it. */
export interface PartnershipInfo {
  readonly name: string;
  readonly slug: string;
  readonly gminaId: string | null;
}

/**
 * "Moja praca": the reader's open tasks across every partnership (counts, a bucket and an order
 * kept in the address, pages), and the projects their gmina takes part in.
 */
export default function MyWorkPage() {
  const { t } = useT();
  const [params, setParams] = useSearchParams();
  const view = viewOf(params);
  const query = useQuery(WorkMyWorkDocument, {
    variables: { bucket: view.bucket, sort: view.sort, first: TASK_PAGE, projectSort: MyProjectSort.Title, projectsFirst: PROJECT_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  // While another bucket or order loads, the last answer stays on screen (marked busy).
  const data = query.data ?? query.previousData;
  const partnerships = useMemo(
    () => new Map((data?.me.partnershipRoles ?? []).map((access) => [access.partnershipId, { name: access.partnership.name, slug: access.partnership.slug, gminaId: access.gmina?.id ?? null }])),
    [data],
  );

  if (!data) return query.error ? <PageFailure error={query.error} retry={query.refetch} /> : <Loading />;
  const work = data.myWork;
  const busy = query.loading;

  return (
    <div className="my-work">
      <PageHeading title={t('work.title')} />
      <p className="my-work__intro">{t('work.intro')}</p>
      <WorkCounts counts={work.taskCounts} />
      <MyTasks
        view={view}
        onView={(next) => setParams(next, { replace: true })}
        params={params}
        counts={work.taskCounts}
        connection={work.tasks}
        partnerships={partnerships}
        busy={busy}
        more={async (after) =>
          (await query.fetchMore({ query: WorkMoreTasksDocument, variables: { bucket: view.bucket, sort: view.sort, first: TASK_PAGE, after } })).data?.myWork.tasks.edges.length ?? 0
        }
      />
      <MyProjects
        count={work.projectCount}
        connection={work.projects}
        partnerships={partnerships}
        more={async (after) =>
          (await query.fetchMore({ query: WorkMoreProjectsDocument, variables: { projectSort: MyProjectSort.Title, projectsFirst: PROJECT_PAGE, projectsAfter: after } })).data?.myWork.projects.edges
            .length ?? 0
        }
      />
    </div>
  );
}
