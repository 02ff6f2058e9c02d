import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState } from '../../ui/Loading';
import { TableScroll } from '../../ui/TableScroll';
import { CouncilRecordAttendanceDocument, type CouncilInviteeFragment } from './graphql.generated';
import { useMeetingPage } from './meeting-context';

/**
 * Who is invited, each with their gmina and whether they are present; while the meeting runs, a
 * manager ticks people in and out (recordAttendance) and the quorum above follows.
 */
export function AttendanceSection() {
  const { t } = useT();
  const { meeting, manages } = useMeetingPage();
  const [failure, setFailure] = useState('');
  const recording = manages && meeting.status === 'IN_PROGRESS';
  return (
    <section aria-labelledby="meeting-attendance-heading">
      <h2 id="meeting-attendance-heading">{t('council.attendance.title')}</h2>
      {manages && meeting.status === 'PLANNED' && <p>{t('council.attendance.notStarted')}</p>}
      {failure && (
        <p className="notice notice--warning" role="alert">
          {failure}
        </p>
      )}
      {meeting.invitees.length === 0 ? (
        <EmptyState>{t('council.attendance.empty')}</EmptyState>
      ) : (
        <TableScroll labelledBy="meeting-attendance-caption">
          <table className="council-attendance">
            <caption id="meeting-attendance-caption">{t('council.attendance.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('council.attendance.person')}</th>
                <th scope="col">{t('council.attendance.gmina')}</th>
                <th scope="col">{t('council.attendance.role')}</th>
                <th scope="col">{t('council.attendance.present')}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.invitees.map((invitee) => (
                <InviteeRow key={invitee.userId} invitee={invitee} recording={recording} onFailure={setFailure} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function InviteeRow({ invitee, recording, onFailure }: { invitee: CouncilInviteeFragment; recording: boolean; onFailure: (message: string) => void }) {
  const { t, moment } = useT();
  const { meeting, refresh, announce } = useMeetingPage();
  const [record] = useMutation(CouncilRecordAttendanceDocument);
  // What the manager just ticked, shown at once while the API records it (then its answer shows).
  const [sending, setSending] = useState<boolean | null>(null);
  const present = sending ?? invitee.present;
  const name = invitee.person.displayName;
  const stateOf = (here: boolean) => (here ? t('council.attendance.yes') : t('council.attendance.no'));

  const toggle = async (here: boolean) => {
    if (sending !== null) return;
    setSending(here);
    onFailure('');
    try {
      await record({ variables: { input: { meetingId: meeting.id, userId: invitee.userId, present: here } } });
      announce(t('council.attendance.recorded', { name, state: stateOf(here) }));
    } catch (error) {
      onFailure(apiProblem(error, t).message);
      await refresh().catch(() => undefined);
    } finally {
      setSending(null);
    }
  };

  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{invitee.gmina?.name ?? t('council.attendance.noGmina')}</td>
      <td>{t(`council.role.${invitee.role}`)}</td>
      <td>
        {recording ? (
          <span className="council-toggle">
            <input id={`attendance-${invitee.userId}`} type="checkbox" checked={present} aria-busy={sending !== null || undefined} onChange={(event) => void toggle(event.target.checked)} />
            <label htmlFor={`attendance-${invitee.userId}`} className="visually-hidden">
              {t('council.attendance.toggle', { name })}
            </label>
            <span>{stateOf(present)}</span>
          </span>
        ) : (
          stateOf(present)
        )}
        {present && invitee.present && invitee.arrivedAt && <span className="council-muted"> {t('council.attendance.arrived', { time: moment(invitee.arrivedAt) })}</span>}
      </td>
    </tr>
  );
}
