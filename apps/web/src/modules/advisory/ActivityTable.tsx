import { Link } from 'react-router';
import { type AdvisoryActivityRowFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { KIND_LABEL, STATUS_LABEL } from './labels';
import { TableScroll } from '../../ui/TableScroll';

/** Activities as a table: when, what, of which kind and status, for whom, how many people. */
export function ActivityTable({ activities, caption, showTeam }: { activities: readonly AdvisoryActivityRowFragment[]; caption: string; showTeam: boolean }) {
  const { t, day, integer } = useT();
  return (
    <TableScroll label={caption}>
      <table className="advisory-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('advisory.activities.heldOn')}</th>
            <th scope="col">{t('advisory.activities.activity')}</th>
            <th scope="col">{t('advisory.activities.kind')}</th>
            <th scope="col">{t('advisory.activities.status')}</th>
            {showTeam && <th scope="col">{t('advisory.activities.team')}</th>}
            <th scope="col">{t('advisory.activities.gminas')}</th>
            <th scope="col" className="numeric">
              {t('advisory.activities.participants')}
            </th>
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.id}>
              <td className="advisory-nowrap">{day(activity.heldOn)}</td>
              <th scope="row">
                <Link to={`/activities/${activity.id}`} lang="pl">
                  {activity.title}
                </Link>
                {activity.topic && (
                  <span className="advisory-sub" lang="pl">
                    {activity.topic.name}
                  </span>
                )}
              </th>
              <td>{t(KIND_LABEL[activity.kind])}</td>
              <td>
                <span className={`advisory-status advisory-status--${activity.status.toLowerCase()}`}>{t(STATUS_LABEL[activity.status])}</span>
              </td>
              {showTeam && <td lang="pl">{activity.team?.name ?? t('advisory.activities.noTeam')}</td>}
              <td>{gminaSummary(activity, t)}</td>
              <td className="numeric">{integer(activity.participantCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function gminaSummary(activity: AdvisoryActivityRowFragment, t: ReturnType<typeof useT>['t']): string {
  const names = activity.gminas.map((served) => served.gmina.name);
  if (names.length === 0) return t('advisory.activities.noGminas');
  if (names.length <= 3) return names.join(', ');
  return t('advisory.activities.gminasMore', { first: names.slice(0, 2).join(', '), n: names.length - 2 });
}
