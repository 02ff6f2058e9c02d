import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/I18n';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { mayManageMeeting } from './council-rules';
import { meetingHeading, quorumSentence } from './council-text';
import { CouncilMeetingDocument } from './graphql.generated';
import { MeetingActions } from './MeetingActions';
import { MeetingPageContext, type MeetingPageValue } from './meeting-context';
import { MeetingFacts } from './MeetingFacts';
import { MinutesSection } from './MinutesSection';
import { useCouncilContext } from './use-council-context';
import { useMeetingLive } from './use-meeting-live';
import './council.css';

/**
 * A council meeting: its facts and the caller's actions, the quorum always in view, the agenda
 * with its live votes, attendance and the minutes; live as others record attendance and vote.
 */
export default function MeetingPage() {
  const { t } = useT();
  const { meetingId = '' } = useParams();
  const { data, error, refetch } = useQuery(CouncilMeetingDocument, { variables: { id: meetingId }, fetchPolicy: 'cache-and-network' });
  const meeting = data?.meeting;
  const { partnership, reader } = useCouncilContext({ id: meeting?.partnershipId });
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // The same sentence twice is announced twice: the region is emptied first.
    setMessage('');
    setTimeout(() => setMessage(text), 50);
  }, []);
  const reload = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  // Others' changes are said where they show: the quorum line below, each item's vote panel.
  useMeetingLive(meetingId, meeting?.partnershipId, reload);

  if (error && !meeting) return <PageFailure error={error} retry={refetch} />;
  if (!meeting) return <Loading />;

  const value: MeetingPageValue = { meeting, reader, manages: mayManageMeeting(reader, meeting), refresh: () => refetch(), announce };

  return (
    <MeetingPageContext.Provider value={value}>
      <div className="council meeting">
        <PageHeading title={meetingHeading(t, meeting)}>
          <LiveIndicator />
        </PageHeading>
        {partnership && (
          <nav aria-label={t('council.page.sections')} className="council-links">
            <ul>
              <li>
                <Link to={`/partnerships/${partnership.slug}/council`}>{t('council.meeting.backToCouncil')}</Link>
              </li>
              <li>
                <Link to={`/partnerships/${partnership.slug}/council/resolutions`}>{t('council.page.register')}</Link>
              </li>
            </ul>
          </nav>
        )}
        <MeetingFacts />
        {meeting.status !== 'CANCELLED' && (
          <p className={`council-quorum council-quorum--${meeting.quorum.reached ? 'reached' : 'missing'}`} role="status" aria-live="polite" aria-atomic="true">
            {quorumSentence(t, meeting.quorum)}
          </p>
        )}
        {value.manages && <MeetingActions />}
        <p className="visually-hidden" role="status" aria-live="polite">
          {message}
        </p>
        <AgendaSection />
        <AttendanceSection />
        <MinutesSection />
      </div>
    </MeetingPageContext.Provider>
  );
}
