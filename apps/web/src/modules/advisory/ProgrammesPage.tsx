import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { AdvisoryProgrammesDocument, type AdvisoryProgrammeContextFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './advisory.css';
import { OPERATOR_KIND_LABEL, ROLE_LABEL } from './labels';
import { roleOf, useReaderId } from './programme-role';
import { ShowMore } from '../../ui/ShowMore';
import { appendPage } from './append-page';

export default function ProgrammesPage() {
  const { t } = useT();
  const { data, error, loading, fetchMore } = useQuery(AdvisoryProgrammesDocument);
  const connection = data?.programmes;
  return (
    <div>
      <PageHeading title={t('advisory.programmes.title')} />
      <p className="advisory-lead">{t('advisory.programmes.intro')}</p>
      {error && !connection && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      {loading && !connection && <Loading />}
      {connection && connection.edges.length === 0 && <EmptyState>{t('advisory.programmes.empty')}</EmptyState>}
      {connection && connection.edges.length > 0 && (
        <>
          <p>{t('advisory.programmes.count', { n: connection.totalCount })}</p>
          <ul className="advisory-cards">
            {connection.edges.map(({ node }) => (
              <ProgrammeCard key={node.id} programme={node} />
            ))}
          </ul>
          <ShowMore
            hasMore={connection.pageInfo.hasNextPage}
            onMore={() =>
              fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, programmes: appendPage(previous.programmes, fetchMoreResult.programmes) }),
              })
            }
          />
        </>
      )}
    </div>
  );
}

function ProgrammeCard({ programme }: { programme: AdvisoryProgrammeContextFragment }) {
  const { t, day } = useT();
  const readerId = useReaderId();
  const role = roleOf(programme.people, readerId);
  const team = role?.teamId ? programme.teams.find((candidate) => candidate.id === role.teamId) : null;
  return (
    <li className="card advisory-card">
      <h2 className="advisory-card__title">
        <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
      </h2>
      <dl className="advisory-facts">
        <div>
          <dt>{t('advisory.programme.operator')}</dt>
          <dd>
            {t(OPERATOR_KIND_LABEL[programme.operatorKind])}: <span lang="pl">{programme.operatorName}</span>
          </dd>
        </div>
        <div>
          <dt>{t('advisory.programme.period')}</dt>
          <dd>{programme.endsOn ? t('advisory.programme.periodRange', { from: day(programme.startsOn), to: day(programme.endsOn) }) : t('advisory.programme.periodOpen', { from: day(programme.startsOn) })}</dd>
        </div>
        <div>
          <dt>{t('advisory.programme.yourRole')}</dt>
          <dd>
            {role ? t(ROLE_LABEL[role.role]) : t('advisory.programme.noRole')}
            {role?.role === 'CONSULTANT' && (team ? t('advisory.programme.teamOnly', { team: team.name }) : t('advisory.programme.wholeProgramme'))}
          </dd>
        </div>
        {programme.teams.length > 0 && (
          <div>
            <dt>{t('advisory.programme.teams')}</dt>
            <dd>{programme.teams.map((candidate) => candidate.name).join('; ')}</dd>
          </div>
        )}
      </dl>
      {programme.illustrative && <p className="advisory-badge">{t('advisory.illustrative')}</p>}
    </li>
  );
}
