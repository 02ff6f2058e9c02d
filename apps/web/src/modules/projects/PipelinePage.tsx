import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { ProjectsListDocument, ProjectsPartnershipDocument, ProjectsPipelineDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { fieldId } from '../../ui/field-errors';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { grandTotal, summaryFromApi, summaryOf } from './pipeline-summary';
import { canCreateProject, readerAccess, useRoleText } from './reader';
import { StageColumn } from './StageColumn';
import { projectCount, stageLabel } from './stages';
import { TableScroll } from '../../ui/TableScroll';
import { ShowMore } from '../../ui/ShowMore';
import { useProjectChanges } from './use-project-changes';
import './projects.css';

const AmountBarChart = lazy(() => import('./AmountBarChart'));
const PAGE = 100;

export default function PipelinePage() {
  const { slug = '' } = useParams();
  const { t, money, locale } = useT();
  const [params, setParams] = useSearchParams();
  const area = params.get('area') ?? '';
  const lead = params.get('lead') ?? '';
  const includeArchived = params.get('archived') === '1';
  const filtered = Boolean(area || lead);

  const context = useQuery(ProjectsPartnershipDocument, {
    variables: { slug },
  });
  const partnership = context.data?.partnership;
  const access = readerAccess(context.data?.me.partnershipRoles, partnership?.id);
  const roleText = useRoleText(access);
  useShowPartnership(
    partnership
      ? {
          name: partnership.name,
          slug: partnership.slug,
          role: roleText,
        }
      : null,
  );

  const skip = !partnership;
  const partnershipId = partnership?.id ?? '';
  const pipeline = useQuery(ProjectsPipelineDocument, {
    variables: { partnershipId, includeArchived },
    skip,
    fetchPolicy: 'cache-and-network',
  });
  const filter = {
    ...(area ? { thematicAreaId: area } : {}),
    ...(lead ? { leadGminaTerc: lead } : {}),
  };
  const list = useQuery(ProjectsListDocument, {
    variables: { partnershipId, filter, first: PAGE, includeArchived },
    skip,
    fetchPolicy: 'cache-and-network',
  });

  // Any change to the partnership's projects (here or elsewhere) refreshes both views.
  const refresh = () => {
    void pipeline.refetch();
    void list.refetch();
  };
  useProjectChanges(partnership?.id, refresh, refresh);

  if (context.loading && !context.data) return <Loading />;
  if (!partnership) return <PageFailure error={context.error} retry={context.refetch} />;

  const connection = list.data?.projects;
  const projects = connection?.edges.map((edge) => edge.node) ?? [];
  // Unfiltered, the columns show the API's own count and sum per stage; a filter has no
  // API pipeline, so they show the projects it left, summed exactly here.
  const summary = filtered ? summaryOf(projects) : pipeline.data ? summaryFromApi(pipeline.data.projectPipeline) : null;
  const totals = summary ? grandTotal(summary) : null;
  const areaName = (id: string | null) => {
    const found = partnership.thematicAreas.find((candidate) => candidate.id === id);
    return found ? (locale === 'en' ? (found.nameEn ?? found.namePl) : found.namePl) : null;
  };
  const setFilter = (name: 'area' | 'lead' | 'archived', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <div className="pipeline">
      <PageHeading title={t('projects.pipeline.title')}>
        {canCreateProject(access) && (
          <Link to={`/partnerships/${partnership.slug}/projects/new`} className="button button--primary">
            {t('projects.pipeline.new')}
          </Link>
        )}
      </PageHeading>
      <p>{t('projects.pipeline.intro')}</p>
      <LiveIndicator />

      <form className="pipeline-filters" onSubmit={(event) => event.preventDefault()} aria-label={t('projects.pipeline.filters')}>
        <div className="field">
          <label htmlFor={fieldId('area', 'pipeline')} className="field__label">
            {t('projects.pipeline.filter.area')}
          </label>
          <select id={fieldId('area', 'pipeline')} value={area} onChange={(event) => setFilter('area', event.target.value)}>
            <option value="">{t('projects.pipeline.filter.areaAll')}</option>
            {partnership.thematicAreas.map((option) => (
              <option key={option.id} value={option.id}>
                {locale === 'en' ? (option.nameEn ?? option.namePl) : option.namePl}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('lead', 'pipeline')} className="field__label">
            {t('projects.pipeline.filter.lead')}
          </label>
          <select id={fieldId('lead', 'pipeline')} value={lead} onChange={(event) => setFilter('lead', event.target.value)}>
            <option value="">{t('projects.pipeline.filter.leadAll')}</option>
            {partnership.members.map((member) => (
              <option key={member.gmina.terc} value={member.gmina.terc}>
                {member.gmina.name}
              </option>
            ))}
          </select>
        </div>
        <div className="pipeline-filters__check">
          <input id={fieldId('archived', 'pipeline')} type="checkbox" checked={includeArchived} onChange={(event) => setFilter('archived', event.target.checked ? '1' : '')} />
          <label htmlFor={fieldId('archived', 'pipeline')}>{t('projects.pipeline.showArchived')}</label>
        </div>
        {filtered && (
          <button type="button" className="button button--quiet" onClick={() => setParams(includeArchived ? new URLSearchParams({ archived: '1' }) : new URLSearchParams(), { replace: true })}>
            {t('projects.pipeline.filter.clear')}
          </button>
        )}
      </form>

      <p role="status" className="pipeline__found">
        {totals &&
          (filtered
            ? t('projects.pipeline.found', {
                count: projectCount(t, totals.count),
              })
            : t('projects.pipeline.all', {
                count: projectCount(t, totals.count),
              }))}
      </p>
      {connection?.pageInfo.hasNextPage && (
        <p className="notice">
          {t('projects.pipeline.partial', {
            loaded: projectCount(t, projects.length),
            total: projectCount(t, connection.totalCount),
          })}{' '}
          <ShowMore small bare hasMore onMore={() => list.fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </p>
      )}

      <section aria-labelledby="pipeline-columns">
        <h2 id="pipeline-columns">{t('projects.pipeline.columns')}</h2>
        {!summary || !list.data ? (
          <Loading />
        ) : (
          <div className="pipeline__columns">
            {summary.map((row) => (
              <StageColumn key={row.stage} summary={row} projects={projects.filter((project) => project.stage === row.stage)} areaName={areaName} />
            ))}
          </div>
        )}
      </section>

      {summary && totals && (
        <section aria-labelledby="pipeline-chart">
          <h2 id="pipeline-chart">{t('projects.pipeline.chartTitle')}</h2>
          <div className="pipeline__chart">
            <Suspense fallback={<Loading />}>
              <AmountBarChart
                bars={summary.map((row) => ({
                  key: row.stage,
                  label: stageLabel(t, row.stage),
                  amount: row.total,
                }))}
                summary={t('projects.pipeline.chartAlt')}
              />
            </Suspense>
            <TableScroll label={t('projects.pipeline.chartCaption')}>
              <table>
                <caption>{t('projects.pipeline.chartCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('projects.pipeline.colStage')}</th>
                    <th scope="col" className="numeric">
                      {t('projects.pipeline.colCount')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('projects.pipeline.colTotal')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {summary.map((row) => (
                    <tr key={row.stage}>
                      <th scope="row">{stageLabel(t, row.stage)}</th>
                      <td className="numeric">{row.count}</td>
                      <td className="numeric">{money(row.total)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('projects.pipeline.rowTotal')}</th>
                    <td className="numeric">{totals.count}</td>
                    <td className="numeric">{money(totals.total)}</td>
                  </tr>
                </tfoot>
              </table>
            </TableScroll>
          </div>
        </section>
      )}
    </div>
  );
}
