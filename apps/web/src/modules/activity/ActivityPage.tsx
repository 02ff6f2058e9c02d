import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Reference } from '@apollo/client';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { useSession } from '../../app/providers';
import { useEventStream } from '../../apollo/use-event-stream';
import { ActivityFeedDocument, type ActivityFeedEventFragment, ActivityFeedEventFragmentDoc, type ActivityLiveSubscription, ActivityLiveDocument, type PartnershipRole } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { EmptyState, Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { ShowMore } from '../../ui/ShowMore';
import { useAccessLabel } from '../board/role-label';
import { eventLink, eventSentence, type SentenceContext } from './event-sentence';
import './activity.css';

const PAGE = 20;

interface StoredConnection {
  readonly edges: readonly { cursor: string; node: Reference }[];
  readonly totalCount?: number;
}

/**
 * A partnership's activity log, newest first, paged, and live: the stream starts after the
 * newest event loaded, so nothing committed between loading and subscribing is lost, and new
 * events go on top as they commit (said politely).
 */
export default function ActivityPage() {
  const { slug = '' } = useParams();
  const { t, money, moment } = useT();
  const client = useApolloClient();
  const session = useSession();
  const roleLabel = useAccessLabel();
  const userId = session.status === 'signedIn' ? session.session.user.id : undefined;
  const feed = useQuery(ActivityFeedDocument, { variables: { slug, first: PAGE } });
  const partnership = feed.data?.partnership;
  const [said, setSaid] = useState<{ text: string; n: number }>({ text: '', n: 0 });

  const edges = useMemo(() => {
    // Live events put on top may come again in a later page: each is listed once.
    const seen = new Set<number>();
    return (partnership?.activity.edges ?? []).filter((edge) => !seen.has(edge.node.seq) && Boolean(seen.add(edge.node.seq)));
  }, [partnership]);
  const newestSeq = edges[0]?.node.seq ?? 0;

  const context = useMemo<SentenceContext>(() => {
    const people = new Map(partnership?.people.map((person) => [person.userId, person]) ?? []);
    const gminas = new Map(partnership?.members.map((member) => [member.gmina.terc, member.gmina]) ?? []);
    const gminaById = new Map(partnership?.members.map((member) => [member.gmina.id, member.gmina]) ?? []);
    return {
      t,
      money,
      personName: (id) => people.get(id)?.user.displayName,
      gminaName: (terc) => gminas.get(terc)?.name,
      roleName: (role, gminaId) => roleLabel({ role: role as PartnershipRole, gmina: gminaId ? gminaById.get(gminaId) : null }) ?? role,
    };
  }, [partnership, t, money, roleLabel]);

  const prepend = useCallback(
    (event: ActivityFeedEventFragment) => {
      if (!partnership) return;
      const node = client.cache.writeFragment({ fragment: ActivityFeedEventFragmentDoc, fragmentName: 'ActivityFeedEvent', data: event });
      if (!node) return;
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Partnership', id: partnership.id }),
        fields: {
          activity: (value, { readField }) => {
            const existing = value as unknown as StoredConnection;
            if (existing.edges.some((edge) => readField('seq', edge.node) === event.seq)) return value;
            const edges = [{ __typename: 'ActivityEventEdge', cursor: '', node }, ...existing.edges];
            return { ...existing, totalCount: (existing.totalCount ?? 0) + 1, edges } as unknown as typeof value;
          },
        },
      });
    },
    [client, partnership],
  );

  const { refetch } = feed;
  useEventStream(
    ActivityLiveDocument,
    { partnershipId: partnership?.id ?? '' },
    {
      // Started once the first page is in, from its newest event; the hook then keeps its own place.
      skip: !partnership,
      afterSeq: newestSeq,
      pick: (data) => (data as ActivityLiveSubscription | undefined)?.partnershipActivity,
      onEvent: (event) => {
        prepend(event);
        const sentence = eventSentence(event, context);
        setSaid((last) => ({ text: t('activity.announce.one', { sentence }), n: last.n + 1 }));
      },
      onGap: () => {
        void refetch();
        setSaid((last) => ({ text: t('activity.refreshed'), n: last.n + 1 }));
      },
    },
  );

  const me = partnership?.people.find((person) => person.userId === userId);
  useShowPartnership(partnership ? { name: partnership.name, slug: partnership.slug, role: roleLabel(me) } : null);

  if (!partnership) {
    if (feed.error) return <PageFailure error={feed.error} retry={feed.refetch} />;
    return <Loading />;
  }

  const { pageInfo, totalCount } = partnership.activity;

  return (
    <div className="activity-page">
      <PageHeading title={t('activity.title')}>
        <LiveIndicator />
      </PageHeading>
      <p>{t('activity.intro')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said.text}
        {said.n % 2 ? '\u00a0' : ''}
      </p>
      <h2 className="activity-page__count">
        {t('activity.list')}: {t('activity.count', { n: totalCount })}
      </h2>
      {edges.length === 0 ? (
        <EmptyState>{t('activity.empty')}</EmptyState>
      ) : (
        <ol className="activity-feed">
          {edges.map(({ node }) => (
            <ActivityItem key={`${node.streamId}:${node.seq}`} event={node} sentence={eventSentence(node, context)} when={moment(node.occurredAt)} />
          ))}
        </ol>
      )}
      <ShowMore hasMore={pageInfo.hasNextPage} onMore={() => feed.fetchMore({ variables: { after: pageInfo.endCursor } })} />
    </div>
  );
}

function ActivityItem({ event, sentence, when }: { event: ActivityFeedEventFragment; sentence: string; when: string }) {
  const { t } = useT();
  const roleLabel = useAccessLabel();
  const link = eventLink(event);
  const role = roleLabel(event.actor);
  const who = event.actor ? (role ? t('activity.actor.withRole', { name: event.actor.user.displayName, role }) : event.actor.user.displayName) : event.actorId ? t('activity.actor.former') : t('activity.actor.system');
  return (
    <li className="activity-item">
      <p className="activity-item__sentence">{sentence}</p>
      <dl className="activity-item__meta">
        <div>
          <dt>{t('activity.who')}</dt>
          <dd>{who}</dd>
        </div>
        <div>
          <dt>{t('activity.when')}</dt>
          <dd>
            <time dateTime={event.occurredAt}>{when}</time>
          </dd>
        </div>
      </dl>
      {link && (
        <p className="activity-item__link">
          <Link to={link.to}>{link.kind === 'board' ? t('activity.link.board') : t('activity.link.project')}</Link>
        </p>
      )}
    </li>
  );
}
