import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { AdvisoryEngagementsDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { STAGE_LABEL } from './labels';
import { ShowMore } from '../../ui/ShowMore';
import { appendPage } from './append-page';
import { TableScroll } from '../../ui/TableScroll';

/** The programme's support of partnerships and gminas, the latest started first. */
export function EngagementsSection({ programmeId, teamId, teams }: { programmeId: string; teamId: string | null; teams: readonly { id: string; name: string }[] }) {
  const { t, day } = useT();
  const { data, error, loading, fetchMore } = useQuery(AdvisoryEngagementsDocument, { variables: { programmeId, teamId } });
  const connection = data?.engagements;
  const showTeam = !teamId && teams.length > 0;
  return (
    <section aria-labelledby="programme-engagements">
      <h2 id="programme-engagements">{t('advisory.engagements.title')}</h2>
      {error && !connection && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      {loading && !connection && <Loading />}
      {connection && connection.edges.length === 0 && <EmptyState>{t('advisory.engagements.empty')}</EmptyState>}
      {connection && connection.edges.length > 0 && (
        <>
          <TableScroll label={t('advisory.engagements.title')}>
            <table className="advisory-table">
              <caption className="visually-hidden">{t('advisory.engagements.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('advisory.engagements.engagement')}</th>
                  <th scope="col">{t('advisory.engagements.supported')}</th>
                  <th scope="col">{t('advisory.engagements.stage')}</th>
                  <th scope="col">{t('advisory.engagements.since')}</th>
                  {showTeam && <th scope="col">{t('advisory.activities.team')}</th>}
                </tr>
              </thead>
              <tbody>
                {connection.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">
                      <Link to={`/engagements/${node.id}`} lang="pl">
                        {node.title}
                      </Link>
                    </th>
                    <td lang="pl">{node.partnership ? node.partnership.name : t('advisory.engagements.gminas', { n: node.gminas.length })}</td>
                    <td>{t(STAGE_LABEL[node.stage])}</td>
                    <td className="advisory-nowrap">{node.endsOn ? t('advisory.programme.periodRange', { from: day(node.startsOn), to: day(node.endsOn) }) : day(node.startsOn)}</td>
                    {showTeam && <td lang="pl">{teams.find((team) => team.id === node.teamId)?.name ?? t('advisory.activities.noTeam')}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <ShowMore
            hasMore={connection.pageInfo.hasNextPage}
            onMore={() =>
              fetchMore({
                variables: { after: connection.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, engagements: appendPage(previous.engagements, fetchMoreResult.engagements) }),
              })
            }
          />
        </>
      )}
    </section>
  );
}
