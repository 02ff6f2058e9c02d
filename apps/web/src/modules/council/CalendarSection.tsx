import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { CouncilCalendarFeedDocument, CouncilRotateCalendarFeedDocument, type CouncilRotateCalendarFeedMutation } from './graphql.generated';

type Urls = CouncilRotateCalendarFeedMutation['rotateCalendarFeed'];

/**
 * The reader's secret calendar feed: when it was made, and a new address on demand, shown this
 * once with a copy button (the API keeps only its hash); the warning says the old one stops working.
 */
export function CalendarSection({ partnershipId }: { partnershipId: string }) {
  const { t, moment } = useT();
  const { data, refetch } = useQuery(CouncilCalendarFeedDocument, { fetchPolicy: 'cache-and-network' });
  // No cache: the secret addresses stay in this component's state, not in Apollo's ROOT_MUTATION.
  const [rotate] = useMutation(CouncilRotateCalendarFeedDocument, { fetchPolicy: 'no-cache' });
  const [urls, setUrls] = useState<Urls | null>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState('');
  const [copied, setCopied] = useState('');
  const warningId = useId();
  const feed = data?.calendarFeed;
  // The button pressed stays, but what it made is above it: focus goes to "shown once" when the addresses appear.
  const shownOnce = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (urls) shownOnce.current?.focus();
  }, [urls]);

  const makeNew = async () => {
    if (pending) return;
    setPending(true);
    setFailure('');
    setCopied('');
    try {
      const { data: made } = await rotate();
      if (made) setUrls(made.rotateCalendarFeed);
      await refetch();
    } catch (error) {
      setFailure(apiProblem(error, t).message);
    } finally {
      setPending(false);
    }
  };
  const partnershipUrl = urls?.partnershipUrls.find((entry) => entry.partnershipId === partnershipId)?.url;

  return (
    <section aria-labelledby="council-calendar-heading">
      <h2 id="council-calendar-heading">{t('council.calendar.title')}</h2>
      <p>{t('council.calendar.intro')}</p>
      {!urls && <p>{feed ? t('council.calendar.made', { when: moment(feed.createdAt) }) : t('council.calendar.none')}</p>}
      {urls && (
        <div className="notice council-feed" role="region" aria-labelledby={`${warningId}-once`}>
          <p id={`${warningId}-once`} ref={shownOnce} tabIndex={-1}>
            <strong>{t('council.calendar.shownOnce')}</strong>
          </p>
          <FeedUrl label={t('council.calendar.mine')} url={urls.meetingsUrl} onCopied={setCopied} />
          {partnershipUrl && <FeedUrl label={t('council.calendar.partnership')} url={partnershipUrl} onCopied={setCopied} />}
        </div>
      )}
      <p role="status">{copied}</p>
      {failure && (
        <p className="notice notice--warning" role="alert">
          {failure}
        </p>
      )}
      {feed && <p id={warningId}>{t('council.calendar.warning')}</p>}
      <button type="button" className="button" aria-disabled={pending || undefined} aria-describedby={feed ? warningId : undefined} onClick={() => void makeNew()}>
        {pending ? t('council.calendar.rotating') : feed ? t('council.calendar.rotate') : t('council.calendar.create')}
      </button>
    </section>
  );
}

function FeedUrl({ label, url, onCopied }: { label: string; url: string; onCopied: (message: string) => void }) {
  const { t } = useT();
  const id = useId();
  return (
    <div className="field council-feed__url">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="council-feed__row">
        <input id={id} className="field__input" readOnly value={url} onFocus={(event) => event.target.select()} />
        <button
          type="button"
          className="button"
          aria-label={t('council.calendar.copyLabel', { what: label })}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(url);
              onCopied(t('council.calendar.copied'));
            } catch {
              onCopied(t('council.calendar.copyFailed'));
            }
          }}
        >
          {t('council.calendar.copy')}
        </button>
      </div>
    </div>
  );
}
