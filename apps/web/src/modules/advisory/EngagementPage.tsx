import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { AdvisoryEngagementDocument, AdvisoryProgrammeDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './advisory.css';
import { ActivityTable } from './ActivityTable';
import { STAGE_LABEL } from './labels';
import { canRecordIn, roleOf, useReaderId } from './programme-role';

/** One engagement: whom it supports, at which stage, by whom, and its activities. */
export default function EngagementPage() {
  const { t, day } = useT();
  const { engagementId = '' } = useParams();
  const readerId = useReaderId();
  const { data, error, loading } = useQuery(AdvisoryEngagementDocument, { variables: { id: engagementId } });
  const engagement = data?.engagement;
  const programmeQuery = useQuery(AdvisoryProgrammeDocument, { variables: { id: engagement?.programmeId ?? '' }, skip: !engagement, errorPolicy: 'all' });
  const programme = programmeQuery.data?.programme;
  if (!engagement) {
    if (loading) return <Loading />;
    return (
      <div>
        <PageHeading title={t('advisory.engagement.notAvailable')} />
        <p className="notice notice--warning">{apiProblem(error, t).message}</p>
      </div>
    );
  }
  const role = roleOf(programme?.people, readerId);
  const team = programme?.teams.find((candidate) => candidate.id === engagement.teamId);
  return (
    <div>
      {programme && (
        <p className="advisory-crumbs">
          <Link to={`/programmes/${programme.id}`} lang="pl">
            {programme.name}
          </Link>
        </p>
      )}
      <PageHeading title={engagement.title} />
      <dl className="advisory-facts">
        <div>
          <dt>{t('advisory.engagements.supported')}</dt>
          <dd lang="pl">{engagement.partnership ? engagement.partnership.name : t('advisory.engagements.gminas', { n: engagement.gminas.length })}</dd>
        </div>
        <div>
          <dt>{t('advisory.engagements.stage')}</dt>
          <dd>{t(STAGE_LABEL[engagement.stage])}</dd>
        </div>
        <div>
          <dt>{t('advisory.programme.period')}</dt>
          <dd>{engagement.endsOn ? t('advisory.programme.periodRange', { from: day(engagement.startsOn), to: day(engagement.endsOn) }) : t('advisory.programme.periodOpen', { from: day(engagement.startsOn) })}</dd>
        </div>
        {team && (
          <div>
            <dt>{t('advisory.form.team')}</dt>
            <dd lang="pl">{team.name}</dd>
          </div>
        )}
        <div>
          <dt>{t('advisory.engagement.consultants')}</dt>
          <dd>{engagement.consultants.length ? engagement.consultants.map((person) => person.displayName).join(', ') : t('advisory.engagement.noConsultants')}</dd>
        </div>
        <div>
          <dt>{t('advisory.engagement.gminas')}</dt>
          <dd lang="pl">{engagement.gminas.map((gmina) => gmina.name).join(', ')}</dd>
        </div>
      </dl>
      {canRecordIn(role, engagement.teamId) && (
        <p>
          <Link className="button button--primary" to={`/programmes/${engagement.programmeId}/activities/new?engagement=${engagement.id}`}>
            {t('advisory.programme.record')}
          </Link>
        </p>
      )}
      <section aria-labelledby="engagement-activities">
        <h2 id="engagement-activities">{t('advisory.activities.title')}</h2>
        {engagement.activities.length === 0 ? <EmptyState>{t('advisory.activities.empty')}</EmptyState> : <ActivityTable activities={engagement.activities} caption={t('advisory.activities.title')} showTeam={false} />}
      </section>
    </div>
  );
}
