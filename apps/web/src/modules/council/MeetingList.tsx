import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { ShowMore } from '../../ui/ShowMore';
import { meetingHeading, meetingWhen, statusLabel } from './council-text';
import { CouncilMeetingsDocument, type CouncilMeetingListItemFragment, type MeetingPeriod } from './graphql.generated';

const PAGE = 20;

/** One period's meetings (upcoming: the soonest first; past: the latest first), each as a card. */
export function MeetingList({ partnershipId, when, headingId, title, empty }: { partnershipId: string; when: MeetingPeriod; headingId: string; title: string; empty: string }) {
  const { t } = useT();
  // A meeting called or changed on another page shows when the list is opened again.
  const { data, error, fetchMore } = useQuery(CouncilMeetingsDocument, { variables: { partnershipId, when, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const meetings = data?.meetings;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {meetings && <span className="council-count"> ({t('council.page.count', { n: meetings.totalCount })})</span>}
      </h2>
      {error && !meetings && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      {!meetings && !error && <Loading />}
      {meetings &&
        (meetings.edges.length === 0 ? (
          <EmptyState>{empty}</EmptyState>
        ) : (
          <ul className="council-meetings">
            {meetings.edges.map(({ node }) => (
              <MeetingCard key={node.id} meeting={node} />
            ))}
          </ul>
        ))}
      {meetings && (
        <ShowMore
          hasMore={meetings.pageInfo.hasNextPage}
          onMore={() =>
            fetchMore({
              variables: { after: meetings.pageInfo.endCursor },
              // Query.meetings has no field policy: the pages are joined here.
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                meetings: { ...fetchMoreResult.meetings, edges: [...(previous.meetings?.edges ?? []), ...fetchMoreResult.meetings.edges] },
              }),
            })
          }
        />
      )}
    </section>
  );
}

function MeetingCard({ meeting }: { meeting: CouncilMeetingListItemFragment }) {
  const { t, locale } = useT();
  return (
    <li className="card council-meeting">
      <h3 className="council-meeting__title">
        <Link to={`/meetings/${meeting.id}`}>{meetingHeading(t, meeting)}</Link>
      </h3>
      <dl className="council-facts">
        <div>
          <dt>{t('council.page.when')}</dt>
          <dd>{meetingWhen(meeting, locale)}</dd>
        </div>
        <div>
          <dt>{t('council.page.place')}</dt>
          <dd>{meeting.place ?? (meeting.onlineUrl ? t('council.page.online') : t('council.page.nowhere'))}</dd>
        </div>
        <div>
          <dt>{t('council.page.status')}</dt>
          <dd>
            <MeetingStatusBadge status={meeting.status} />
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** The status in words; the border repeats it, colour only adds to it. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useT();
  return <span className={`council-status council-status--${status.toLowerCase()}`}>{statusLabel(t, status)}</span>;
}

type MeetingStatus = CouncilMeetingListItemFragment['status'];
