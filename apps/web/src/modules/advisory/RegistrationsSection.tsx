import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { AdvisoryCancelRegistrationDocument, AdvisoryCloseActivityRegistrationDocument, type AdvisoryActivityDetailsFragment, type AdvisoryRegistrationFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem, type ApiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { OpenRegistrationForm } from './OpenRegistrationForm';
import { REGISTRATION_STATUS_LABEL } from './labels';
import { PublicLink } from './PublicLink';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  readonly activity: AdvisoryActivityDetailsFragment;
  readonly registrations: readonly AdvisoryRegistrationFragment[] | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly onChanged: () => void;
}

/** A seminar's registration: open or closed, its seats, who registered and who waits. */
export function RegistrationsSection({ activity, registrations, loading, error, onChanged }: Props) {
  const { t, moment } = useT();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [said, setSaid] = useState('');
  const [close, closing] = useMutation(AdvisoryCloseActivityRegistrationDocument);
  const [cancel, cancelling] = useMutation(AdvisoryCancelRegistrationDocument);
  const waiting = registrations?.filter((registration) => registration.status === 'WAITLISTED') ?? [];
  const open = activity.registrationOpen && activity.registrationClosesAt !== null;
  return (
    <section aria-labelledby="activity-registrations">
      <h2 id="activity-registrations">{t('advisory.registrations.title')}</h2>
      <p className="advisory-registration-state">
        {open && activity.registrationClosesAt ? t('advisory.registrations.openUntil', { when: moment(activity.registrationClosesAt) }) : t('advisory.registrations.closed')}{' '}
        {activity.capacity === null ? t('advisory.registrations.seatsNoLimit', { taken: activity.seatsTaken }) : t('advisory.registrations.seats', { taken: activity.seatsTaken, capacity: activity.capacity })}
      </p>
      {open && <PublicLink activityId={activity.id} />}
      <OpenRegistrationForm activity={activity} onDone={(text) => setSaid(text)} />
      {open && (
        <p>
          <button
            type="button"
            className="button button--danger"
            aria-disabled={closing.loading || undefined}
            onClick={async () => {
              if (closing.loading) return;
              setProblem(null);
              try {
                await close({ variables: { input: { activityId: activity.id } } });
                setSaid(t('advisory.registrations.closedNow'));
              } catch (caught) {
                setProblem(apiProblem(caught, t));
              }
            }}
          >
            {t('advisory.registrations.close')}
          </button>
        </p>
      )}
      <p role="status" aria-live="polite" className="advisory-sub">
        {said}
      </p>
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
      )}
      <h3>{t('advisory.registrations.list')}</h3>
      {error ? <p className="notice notice--warning">{apiProblem(error, t).message}</p> : null}
      {loading && !registrations && <Loading />}
      {registrations && registrations.length === 0 && <p>{t('advisory.registrations.none')}</p>}
      {registrations && registrations.length > 0 && (
        <TableScroll label={t('advisory.registrations.list')}>
          <table className="advisory-table">
            <caption className="visually-hidden">{t('advisory.registrations.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('advisory.registrations.name')}</th>
                <th scope="col">{t('advisory.registrations.email')}</th>
                <th scope="col">{t('advisory.activity.gmina')}</th>
                <th scope="col">{t('advisory.registrations.status')}</th>
                <th scope="col">{t('advisory.registrations.createdAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('advisory.registrations.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {registrations.map((registration) => (
                <tr key={registration.id}>
                  <th scope="row">{registration.name}</th>
                  <td className="advisory-break">{registration.email}</td>
                  <td lang="pl">{registration.gmina.name}</td>
                  <td>
                    <span className={`advisory-status advisory-status--${registration.status.toLowerCase()}`}>{t(REGISTRATION_STATUS_LABEL[registration.status])}</span>
                  </td>
                  <td className="advisory-nowrap">{moment(registration.createdAt)}</td>
                  <td>
                    {registration.status !== 'CANCELLED' && (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-disabled={cancelling.loading || undefined}
                        onClick={async () => {
                          if (cancelling.loading) return;
                          setProblem(null);
                          try {
                            await cancel({ variables: { input: { id: registration.id } } });
                            setSaid(t('advisory.registrations.cancelled', { name: registration.name }));
                            onChanged();
                          } catch (caught) {
                            setProblem(apiProblem(caught, t));
                          }
                        }}
                      >
                        {t('advisory.registrations.cancel', { name: registration.name })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <h3>{t('advisory.registrations.waitingList')}</h3>
      {waiting.length === 0 ? (
        <p>{t('advisory.registrations.nobodyWaiting')}</p>
      ) : (
        <ol className="advisory-waiting">
          {waiting.map((registration) => (
            <li key={registration.id}>
              {registration.name} — <span lang="pl">{registration.gmina.name}</span> ({moment(registration.createdAt)})
            </li>
          ))}
        </ol>
      )}
      <p className="advisory-sub">{t('advisory.registrations.pendingHint', { n: registrations?.filter((registration) => registration.status === 'PENDING').length ?? 0 })}</p>
      <p>
        <Link to={`/rejestracja/${activity.id}`}>{t('advisory.registrations.seePublic')}</Link>
      </p>
    </section>
  );
}
