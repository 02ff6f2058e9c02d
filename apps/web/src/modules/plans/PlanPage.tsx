import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { PlansPlanDocument, type PlansPlanFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { type PlanThread, PlanPageContext, type PlanPageValue, usePlanPage } from './plan-page-context';
import { mayComment, mayEditPlan } from './plan-rules';
import { PlanViews } from './PlanViews';
import { RoundControls } from './RoundControls';
import { RoundLine } from './RoundLine';
import { SectionView } from './SectionView';
import { ThreadView } from './ThreadView';
import { usePlanContext } from './use-plan-context';
import { usePlanLive } from './use-plan-live';
import './plans.css';

/** A plan's current text, section by section, each with its threads; live as others comment. */
export default function PlanPage() {
  const { t } = useT();
  const { planId = '' } = useParams();
  const { data, error, refetch } = useQuery(PlansPlanDocument, { variables: { id: planId } });
  const plan = data?.plan;
  const { partnership, reader } = usePlanContext({ id: plan?.partnershipId });
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // The same sentence twice is announced twice: the region is emptied first.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  const reload = useCallback(() => void refetch(), [refetch]);
  usePlanLive(planId, plan?.partnershipId, reload, (event) => event.topic === 'comment' && announce(t('plans.plan.updated')), reader.userId);

  const people = useMemo(() => (partnership?.people ?? []).map((access) => ({ userId: access.userId, name: access.user.displayName })), [partnership]);
  const value: PlanPageValue | null = plan ? { plan, reader, people, refresh: () => refetch(), announce } : null;

  if (error && !plan) return <PageFailure error={error} retry={refetch} />;
  if (!plan || !value) return <Loading />;

  return (
    <PlanPageContext.Provider value={value}>
      <div className="plan">
        <PageHeading title={plan.title}>
          <LiveIndicator />
        </PageHeading>
        <PlanViews planId={plan.id} slug={partnership?.slug} mayPublish={mayEditPlan(reader, plan)} />
        <PlanSummary plan={plan} />
        {mayEditPlan(reader, plan) && <RoundControls />}
        <Notices plan={plan} />
        <p className="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
        <Sections plan={plan} />
      </div>
    </PlanPageContext.Provider>
  );
}

function PlanSummary({ plan }: { plan: PlansPlanFragment }) {
  const { t, moment, day } = useT();
  const revision = plan.currentRevision;
  const lastRound = plan.rounds[plan.rounds.length - 1];
  return (
    <dl className="plan-facts plan-facts--page">
      <div>
        <dt>{t('plans.plan.kind')}</dt>
        <dd>{t(`plans.kind.${plan.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('plans.plan.status')}</dt>
        <dd>
          <span className={`plan-status plan-status--${plan.status.toLowerCase()}`}>{t(`plans.status.${plan.status}`)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('plans.plan.consultation')}</dt>
        <dd>
          {plan.currentRound || !lastRound?.closedAt ? <RoundLine round={plan.currentRound} /> : t('plans.round.lastClosed', { number: lastRound.number, date: moment(lastRound.closedAt, false) })}
        </dd>
      </div>
      {revision && (
        <div>
          <dt>{t('plans.plan.revision')}</dt>
          <dd>
            {t('plans.plan.revisionOf', { number: revision.number, date: moment(revision.createdAt, false) })}
            {revision.author && `, ${t('plans.plan.revisionBy', { name: revision.author.displayName })}`}
          </dd>
        </div>
      )}
      {revision && (
        <div className="plan-facts__wide">
          <dt>{t('plans.plan.summary')}</dt>
          <dd>{revision.summary}</dd>
        </div>
      )}
      {plan.authors.length > 0 && (
        <div className="plan-facts__wide">
          <dt>{t('plans.plan.authors')}</dt>
          <dd>{plan.authors.map((author) => author.displayName).join(', ')}</dd>
        </div>
      )}
      {plan.status === 'ADOPTED' && plan.adoptedOn && (
        <div className="plan-facts__wide">
          <dt>{t('plans.plan.status')}</dt>
          <dd>{t('plans.plan.adopted', { resolution: plan.resolutionNumber ?? '', date: day(plan.adoptedOn) })}</dd>
        </div>
      )}
    </dl>
  );
}

function Notices({ plan }: { plan: PlansPlanFragment }) {
  const { t } = useT();
  const { reader } = usePlanPage();
  if (plan.status === 'ADOPTED' || plan.status === 'ARCHIVED') return <p className="notice">{t('plans.plan.closed')}</p>;
  if (reader.role === 'OBSERVER' && !mayComment(reader, plan)) return <p className="notice">{t('plans.plan.observerDraft')}</p>;
  return null;
}

/** The current revision's sections with their threads, then the threads of sections since removed. */
function Sections({ plan }: { plan: PlansPlanFragment }) {
  const { t } = useT();
  const sections = plan.currentRevision?.sections ?? [];
  const bySection = useMemo(() => {
    const map = new Map<string, PlanThread[]>();
    for (const thread of plan.threads) map.set(thread.sectionKey, [...(map.get(thread.sectionKey) ?? []), thread]);
    return map;
  }, [plan.threads]);
  const keys = new Set(sections.map((section) => section.key));
  const removed = plan.threads.filter((thread) => !keys.has(thread.sectionKey));

  if (!plan.currentRevision) return <p className="empty-state">{t('plans.plan.noText')}</p>;
  return (
    <>
      {sections.map((section) => (
        <SectionView key={section.key} section={section} threads={bySection.get(section.key) ?? []} />
      ))}
      {removed.length > 0 && (
        <section className="plan-section plan-section--removed" aria-labelledby="plan-removed-heading">
          <h2 id="plan-removed-heading">{t('plans.plan.removedSections')}</h2>
          <p>{t('plans.plan.removedSectionsIntro')}</p>
          <ol className="plan-threads">
            {removed.map((thread) => (
              <li key={thread.id}>
                <ThreadView thread={thread} headingLevel={3} sectionLabel={t('plans.plan.removedSection', { number: thread.revision.number })} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
