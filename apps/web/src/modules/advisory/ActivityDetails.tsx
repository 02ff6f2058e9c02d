import { Link } from 'react-router';
import { type AdvisoryActivityDetailsFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { FORMAT_LABEL, KIND_LABEL, TOPIC_KIND_LABEL } from './labels';
import { TableScroll } from '../../ui/TableScroll';

/** What the activity was: kind, when, where, on what, for whom, with how many people. */
export function ActivityDetails({ activity }: { activity: AdvisoryActivityDetailsFragment }) {
  const { t, day, integer } = useT();
  return (
    <>
      <section aria-labelledby="activity-facts">
        <h2 id="activity-facts">{t('advisory.activity.details')}</h2>
        <dl className="advisory-facts">
          <div>
            <dt>{t('advisory.form.kind')}</dt>
            <dd>{t(KIND_LABEL[activity.kind])}</dd>
          </div>
          <div>
            <dt>{t('advisory.form.heldOn')}</dt>
            <dd>
              {day(activity.heldOn, 'long')}
              {activity.startsAt && t('advisory.activity.at', { time: activity.startsAt })}
            </dd>
          </div>
          <div>
            <dt>{t('advisory.form.duration')}</dt>
            <dd>{t('advisory.activity.minutes', { n: activity.durationMinutes })}</dd>
          </div>
          <div>
            <dt>{t('advisory.form.format')}</dt>
            <dd>
              {t(FORMAT_LABEL[activity.format])}
              {activity.place && (
                <>
                  {' — '}
                  <span lang="pl">{activity.place}</span>
                </>
              )}
            </dd>
          </div>
          {activity.link && (
            <div>
              <dt>{t('advisory.form.link')}</dt>
              <dd>
                <a href={activity.link} rel="noreferrer noopener" target="_blank">
                  {activity.link}
                  <span className="visually-hidden"> {t('advisory.activity.newWindow')}</span>
                </a>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('advisory.form.topic')}</dt>
            <dd>
              {activity.topic ? (
                <>
                  <span lang="pl">{activity.topic.name}</span> ({t(TOPIC_KIND_LABEL[activity.topic.kind])})
                </>
              ) : (
                t('advisory.form.noTopic')
              )}
            </dd>
          </div>
          {activity.team && (
            <div>
              <dt>{t('advisory.form.team')}</dt>
              <dd lang="pl">{activity.team.name}</dd>
            </div>
          )}
          <div>
            <dt>{t('advisory.form.engagement')}</dt>
            <dd>
              {activity.engagement ? (
                <>
                  <Link to={`/engagements/${activity.engagement.id}`} lang="pl">
                    {activity.engagement.title}
                  </Link>
                  {activity.engagement.partnership && (
                    <>
                      {' — '}
                      <span lang="pl">{activity.engagement.partnership.name}</span>
                    </>
                  )}
                </>
              ) : (
                t('advisory.form.noEngagement')
              )}
            </dd>
          </div>
          {activity.recordedBy && (
            <div>
              <dt>{t('advisory.activity.recordedBy')}</dt>
              <dd>{activity.recordedBy.displayName}</dd>
            </div>
          )}
        </dl>
        {activity.illustrative && <p className="advisory-badge">{t('advisory.illustrative')}</p>}
      </section>
      <section aria-labelledby="activity-gminas">
        <h2 id="activity-gminas">{t('advisory.activity.gminas')}</h2>
        {activity.gminas.length === 0 ? (
          <p>{t('advisory.activities.noGminas')}</p>
        ) : (
          <TableScroll label={t('advisory.activity.gminas')}>
            <table className="advisory-table advisory-table--narrow">
              <caption className="visually-hidden">{t('advisory.activity.gminas')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('advisory.activity.gmina')}</th>
                  <th scope="col" className="numeric">
                    {t('advisory.activities.participants')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {activity.gminas.map((served) => (
                  <tr key={served.gmina.id}>
                    <th scope="row" lang="pl">
                      {served.gmina.name}
                    </th>
                    <td className="numeric">{integer(served.participants)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('advisory.activity.total')}</th>
                  <td className="numeric">{integer(activity.participantCount)}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="activity-outcome">
        <h2 id="activity-outcome">{t('advisory.form.outcome')}</h2>
        {activity.outcome ? (
          <p className="advisory-prewrap" lang="pl">
            {activity.outcome}
          </p>
        ) : (
          <p>{t('advisory.activity.noOutcome')}</p>
        )}
      </section>
    </>
  );
}
