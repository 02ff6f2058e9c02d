import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { PartnershipsMineDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { ShowMore } from '../../ui/ShowMore';
import { CreatePartnershipForm } from './CreatePartnershipForm';
import { STAGE_LABEL } from './labels';
import { useRoleLabel } from './role-labels';
import './partnerships.css';

const PAGE_SIZE = 20;

export default function PartnershipsPage() {
  const { t, locale } = useT();
  const roleLabel = useRoleLabel();
  const { data, error, loading, fetchMore } = useQuery(PartnershipsMineDocument, { variables: { first: PAGE_SIZE } });
  const [creating, setCreating] = useState(false);

  const me = data?.me;
  const connection = data?.partnerships;
  const roles = new Map((me?.partnershipRoles ?? []).map((access) => [access.partnershipId, access]));


  return (
    <>
      <PageHeading title={t('partnerships.list.title')}>
        {me?.isPlatformAdmin && (
          <button type="button" className="button" aria-expanded={creating} aria-controls={creating ? 'create-partnership' : undefined} onClick={() => setCreating(!creating)}>
            {creating ? t('partnerships.create.close') : t('partnerships.create.open')}
          </button>
        )}
      </PageHeading>
      <p>{t('partnerships.list.intro')}</p>
      {me?.isPlatformAdmin && creating && (
        <CreatePartnershipForm
          id="create-partnership"
        />
      )}
      {loading && !data && <Loading />}
      {error && !data && (
        <p className="notice notice--warning" role="alert">
          {t('partnerships.list.loadError')} {apiProblem(error, t).message}
        </p>
      )}
      {connection && connection.edges.length === 0 && <EmptyState>{me?.isPlatformAdmin ? t('partnerships.list.emptyAdmin') : t('partnerships.list.empty')}</EmptyState>}
      {connection && connection.edges.length > 0 && (
        <>
          <p className="partnerships-count">{t('partnerships.list.count', { n: connection.totalCount })}</p>
          <ul className="partnership-cards">
            {connection.edges.map(({ node }) => {
              const access = roles.get(node.id);
              return (
                <li key={node.id} className="card partnership-card">
                  <h2 className="partnership-card__name">
                    <Link to={`/partnerships/${node.slug}`} lang={locale === 'pl' ? undefined : 'pl'}>
                      {node.name}
                    </Link>
                  </h2>
                  <dl className="facts">
                    <div>
                      <dt>{t('partnerships.list.stage')}</dt>
                      <dd>{t(STAGE_LABEL[node.stage])}</dd>
                    </div>
                    <div>
                      <dt>{t('partnerships.list.yourRole')}</dt>
                      <dd>{access ? roleLabel(access.role, access.gmina?.name) : t('partnerships.role.none')}</dd>
                    </div>
                  </dl>
                  <p className="partnership-card__members">{t('partnerships.list.members', { n: node.members.length })}</p>
                </li>
              );
            })}
          </ul>
          <ShowMore hasMore={connection.pageInfo.hasNextPage} onMore={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })} />
        </>
      )}
    </>
  );
}
