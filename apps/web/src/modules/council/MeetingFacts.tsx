import { useT } from '../../i18n/I18n';
import { meetingWhen } from './council-text';
import { useMeetingPage } from './meeting-context';
import { MeetingStatusBadge } from './MeetingList';

/** When and where, the status in words, who chairs; why it was cancelled, if it was. */
export function MeetingFacts() {
  const { t, locale } = useT();
  const { meeting } = useMeetingPage();
  return (
    <>
      <dl className="council-facts council-facts--page">
        <div>
          <dt>{t('council.page.when')}</dt>
          <dd>{meetingWhen(meeting, locale)}</dd>
        </div>
        <div>
          <dt>{t('council.page.place')}</dt>
          <dd>{meeting.place ?? t('council.page.nowhere')}</dd>
        </div>
        {meeting.onlineUrl && (
          <div>
            <dt>{t('council.page.online')}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {t('council.page.onlineLink')}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('council.page.status')}</dt>
          <dd>
            <MeetingStatusBadge status={meeting.status} />
          </dd>
        </div>
        <div>
          <dt>{t('council.meeting.chair')}</dt>
          <dd>{meeting.chair?.displayName ?? t('council.meeting.noChair')}</dd>
        </div>
      </dl>
      {meeting.status === 'CANCELLED' && meeting.cancellationReason && <p className="notice notice--warning">{t('council.meeting.cancelledBecause', { reason: meeting.cancellationReason })}</p>}
    </>
  );
}
