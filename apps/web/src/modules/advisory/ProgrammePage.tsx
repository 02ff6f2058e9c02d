import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useEventStream } from '../../apollo/use-event-stream';
import { AdvisoryProgrammeActivityDocument, AdvisoryProgrammeDocument, type AdvisoryProgrammeContextFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './advisory.css';
import { EngagementsSection } from './EngagementsSection';
import { OPERATOR_KIND_LABEL, ROLE_LABEL, TOPIC_KIND_LABEL } from './labels';
import { ProgrammeActivities, useActivitiesRefetch } from './ProgrammeActivities';
import { forcedTeam, roleOf, useReaderId } from './programme-role';

export default function ProgrammePage() {
  const { t } = useT();
  const { programmeId = '' } = useParams();
  const { data, error, loading } = useQuery(AdvisoryProgrammeDocument, { variables: { id: programmeId } });
  const programme = data?.programme;
  if (!programme) {
    if (loading) return <Loading />;
    return (
      <div>
        <PageHeading title={t('advisory.programme.notAvailable')} />
        <p className="notice notice--warning">{error ? apiProblem(error, t).message : t('error.NOT_FOUND')}</p>
        <p>
          <Link to="/programmes">{t('advisory.programmes.back')}</Link>
        </p>
      </div>
    );
  }
  return <Programme programme={programme} />;
}

function Programme({ programme }: { programme: AdvisoryProgrammeContextFragment }) {
  const { t, day } = useT();
  const role = roleOf(programme.people, useReaderId());
  const team = forcedTeam(role);
  const teamName = programme.teams.find((candidate) => candidate.id === team)?.name;
  const refetchActivities = useActivitiesRefetch();
  // Events are invalidations: whatever changed in the programme (or the team), the lists reload.
  useEventStream(
    AdvisoryProgrammeActivityDocument,
    { programmeId: programme.id, teamId: team },
    { pick: (data) => (data as { programmeActivity?: { seq: number } } | undefined)?.programmeActivity, onEvent: refetchActivities, onGap: refetchActivities, skip: !role },
  );
  return (
    <div>
      <p className="advisory-crumbs">
        <Link to="/programmes">{t('advisory.programmes.title')}</Link>
      </p>
      <PageHeading title={programme.name}>
        <LiveIndicator />
      </PageHeading>
      <dl className="advisory-facts advisory-facts--inline">
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
        {role && (
          <div>
            <dt>{t('advisory.programme.yourRole')}</dt>
            <dd>
              {t(ROLE_LABEL[role.role])}
              {role.role === 'CONSULTANT' && (teamName ? t('advisory.programme.teamOnly', { team: teamName }) : t('advisory.programme.wholeProgramme'))}
            </dd>
          </div>
        )}
      </dl>
      {programme.illustrative && <p className="advisory-badge">{t('advisory.illustrative')}</p>}
      {role && (
        <div className="button-row">
          <Link className="button button--primary" to={`/programmes/${programme.id}/activities/new`}>
            {t('advisory.programme.record')}
          </Link>
          <Link className="button" to={`/programmes/${programme.id}/report`}>
            {t('advisory.programme.report')}
          </Link>
        </div>
      )}
      <ProgrammeActivities programme={programme} forcedTeamId={team} />
      <EngagementsSection programmeId={programme.id} teamId={team} teams={programme.teams} />
      <section aria-labelledby="programme-topics">
        <h2 id="programme-topics">{t('advisory.programme.topics')}</h2>
        {programme.topics.length === 0 ? (
          <p>{t('advisory.programme.noTopics')}</p>
        ) : (
          <ol className="advisory-topics">
            {programme.topics.map((topic) => (
              <li key={topic.id}>
                <span lang="pl">{topic.name}</span> <span className="advisory-sub advisory-sub--inline">({t(TOPIC_KIND_LABEL[topic.kind])})</span>
              </li>
            ))}
          </ol>
        )}
        {programme.teams.length > 0 && (
          <>
            <h3>{t('advisory.programme.teams')}</h3>
            <ul>
              {programme.teams.map((candidate) => (
                <li key={candidate.id} lang="pl">
                  {candidate.name}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
