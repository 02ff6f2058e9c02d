import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PlansOfPartnershipDocument, type PlansListItemFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { ShowMore } from '../../ui/ShowMore';
import { NewPlanForm } from './NewPlanForm';
import { mayCreatePlan } from './plan-rules';
import { RoundLine } from './RoundLine';
import { usePlanContext } from './use-plan-context';
import './plans.css';

const PAGE = 20;

/** A partnership's plans, by title, with where each stands; "Nowy plan" for the roles that may. */
export default function PlansPage() {
  const { t } = useT();
  const { slug = '' } = useParams();
  const { partnership, reader, error: contextError, loading: contextLoading, refetch: retryContext } = usePlanContext({ slug });
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const { data, error, fetchMore } = useQuery(PlansOfPartnershipDocument, {
    variables: { partnershipId: partnership?.id ?? '', first: PAGE },
    skip: !partnership,
  });

  if (contextError) return <PageFailure error={contextError} retry={retryContext} />;
  if (contextLoading || !partnership) return <Loading />;

  const plans = data?.plans;
  const closeForm = () => {
    setCreating(false);
    newButton.current?.focus();
  };

  return (
    <div className="plans">
      <PageHeading title={t('plans.list.title')}>
        {mayCreatePlan(reader) && !creating && (
          <button ref={newButton} type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('plans.list.new')}
          </button>
        )}
      </PageHeading>
      <p>{t('plans.list.intro')}</p>
      <p>
        <Link to={`/partnerships/${partnership.slug}`}>{t('plans.list.back')}</Link>
      </p>
      {creating && <NewPlanForm partnershipId={partnership.id} onCancel={closeForm} />}

      {error && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      {!plans && !error && <Loading />}
      {plans && (
        <section aria-labelledby="plans-list-heading">
          <h2 id="plans-list-heading">{t('plans.list.count', { n: plans.totalCount })}</h2>
          {plans.edges.length === 0 ? (
            <EmptyState>{t('plans.list.empty')}</EmptyState>
          ) : (
            <ul className="plans-list">
              {plans.edges.map(({ node }) => (
                <PlanCard key={node.id} plan={node} />
              ))}
            </ul>
          )}
          <ShowMore
            hasMore={plans.pageInfo.hasNextPage}
            onMore={() =>
              fetchMore({
                variables: { after: plans.pageInfo.endCursor },
                // Query.plans has no field policy: the pages are joined here.
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...previous,
                  plans: { ...fetchMoreResult.plans, edges: [...(previous.plans?.edges ?? []), ...fetchMoreResult.plans.edges] },
                }),
              })
            }
          />
        </section>
      )}
    </div>
  );
}

function PlanCard({ plan }: { plan: PlansListItemFragment }) {
  const { t, moment } = useT();
  return (
    <li className="card plans-list__item">
      <h3 className="plans-list__title">
        <Link to={`/plans/${plan.id}`}>{plan.title}</Link>
      </h3>
      <dl className="plan-facts">
        <div>
          <dt>{t('plans.list.kind')}</dt>
          <dd>{t(`plans.kind.${plan.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('plans.list.status')}</dt>
          <dd>
            <span className={`plan-status plan-status--${plan.status.toLowerCase()}`}>{t(`plans.status.${plan.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('plans.list.round')}</dt>
          <dd>
            <RoundLine round={plan.currentRound} />
          </dd>
        </div>
        <div>
          <dt>{t('plans.list.revisions')}</dt>
          <dd>{t('plans.count.revisions', { n: plan.revisionCount })}</dd>
        </div>
        <div>
          <dt>{t('plans.list.openThreads')}</dt>
          <dd>{t('plans.count.openThreads', { n: plan.openThreads.length })}</dd>
        </div>
        <div>
          <dt>{t('plans.list.updated')}</dt>
          <dd>{moment(plan.updatedAt, false)}</dd>
        </div>
      </dl>
    </li>
  );
}
