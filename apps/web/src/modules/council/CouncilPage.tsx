import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/I18n';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { CalendarSection } from './CalendarSection';
import { mayChangeSettings, mayCreateMeeting } from './council-rules';
import { MeetingList } from './MeetingList';
import { NewMeetingForm } from './NewMeetingForm';
import { SettingsSection } from './SettingsSection';
import { useCouncilContext } from './use-council-context';
import './council.css';

/** A partnership's council: its meetings upcoming and past, calling one, its rules, the calendar feed. */
export default function CouncilPage() {
  const { t } = useT();
  const { slug = '' } = useParams();
  const { partnership, reader, error, loading, refetch } = useCouncilContext({ slug });
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);

  if (error) return <PageFailure error={error} retry={refetch} />;
  if (loading || !partnership) return <Loading />;

  const closeForm = () => {
    setCreating(false);
    // The button comes back on the next render; focus goes to it then.
    setTimeout(() => newButton.current?.focus(), 0);
  };

  return (
    <div className="council">
      <PageHeading title={t('council.page.title')}>
        {mayCreateMeeting(reader) && !creating && (
          <button ref={newButton} type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('council.new.open')}
          </button>
        )}
      </PageHeading>
      <p>{t('council.page.intro')}</p>
      <nav aria-label={t('council.page.sections')} className="council-links">
        <ul>
          <li>
            <Link to={`/partnerships/${partnership.slug}`}>{t('council.page.back')}</Link>
          </li>
          <li>
            <Link to={`/partnerships/${partnership.slug}/council/resolutions`}>{t('council.page.register')}</Link>
          </li>
        </ul>
      </nav>
      {creating && <NewMeetingForm partnershipId={partnership.id} onCancel={closeForm} />}
      <MeetingList partnershipId={partnership.id} when="UPCOMING" headingId="council-upcoming" title={t('council.page.upcoming')} empty={t('council.page.noUpcoming')} />
      <MeetingList partnershipId={partnership.id} when="PAST" headingId="council-past" title={t('council.page.past')} empty={t('council.page.noPast')} />
      <SettingsSection partnershipId={partnership.id} mayChange={mayChangeSettings(reader)} />
      <CalendarSection partnershipId={partnership.id} />
    </div>
  );
}
