import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PartnershipsCancelInvitationDocument, PartnershipsInvitationsDocument, PartnershipsResendInvitationDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { type ApiProblem, apiProblem } from '../../ui/field-errors';
import { EmptyState, Loading } from '../../ui/Loading';
import { INVITATION_STATUS_LABEL } from './labels';
import { useRoleLabel } from './role-labels';
import { TableScroll } from '../../ui/TableScroll';
import { ShowMore } from '../../ui/ShowMore';

const PAGE_SIZE = 20;

/**
 * Invitations waiting for an answer (and expired ones), for coordinators only: the API
 * refuses the list to other roles, so the page asks for it only for them.
 */
export function InvitationsSection({ partnershipId, onMessage }: { partnershipId: string; onMessage(message: string): void }) {
  const { t, moment } = useT();
  const roleLabel = useRoleLabel();
  const { data, loading, error, fetchMore } = useQuery(PartnershipsInvitationsDocument, { variables: { partnershipId, first: PAGE_SIZE } });
  const [resend] = useMutation(PartnershipsResendInvitationDocument, { refetchQueries: ['PartnershipsInvitations'] });
  const [cancel] = useMutation(PartnershipsCancelInvitationDocument, { refetchQueries: ['PartnershipsInvitations'] });
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const connection = data?.partnership.invitations;

  const act = async (id: string, email: string, action: 'resend' | 'cancel') => {
    if (busy) return;
    setBusy(id);
    setProblem(null);
    try {
      if (action === 'resend') await resend({ variables: { id } });
      else await cancel({ variables: { id } });
      onMessage(t(action === 'resend' ? 'partnerships.invitations.resent' : 'partnerships.invitations.cancelled', { email }));
    } catch (failure) {
      setProblem(apiProblem(failure, t));
    } finally {
      setBusy(null);
    }
  };

  const showMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    // The field has no merge policy of its own: this page's rows are appended to the first.
    await fetchMore({
      variables: { after: connection.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        partnership: {
          ...fetchMoreResult.partnership,
          invitations: {
            ...fetchMoreResult.partnership.invitations,
            edges: [...previous.partnership.invitations.edges, ...fetchMoreResult.partnership.invitations.edges],
          },
        },
      }),
    });
  };

  if (loading && !data) return <Loading />;
  if (error && !data) return <p className="notice notice--warning">{apiProblem(error, t).message}</p>;
  if (!connection || connection.edges.length === 0) return <EmptyState>{t('partnerships.invitations.empty')}</EmptyState>;
  return (
    <>
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
      )}
      <TableScroll label={t('partnerships.invitations.title')}>
        <table className="invitations-table">
          <thead>
            <tr>
              <th scope="col">{t('partnerships.invitations.email')}</th>
              <th scope="col">{t('partnerships.invitations.role')}</th>
              <th scope="col">{t('partnerships.invitations.status')}</th>
              <th scope="col">{t('partnerships.invitations.expires')}</th>
              <th scope="col">{t('partnerships.invitations.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {connection.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row" className="invitations-table__email">
                  {node.email}
                </th>
                <td>{roleLabel(node.role, node.gmina?.name)}</td>
                <td>
                  <span className={`status-tag status-tag--${node.status.toLowerCase()}`}>{t(INVITATION_STATUS_LABEL[node.status])}</span>
                </td>
                <td>{moment(node.expiresAt)}</td>
                <td>
                  <div className="invitations-table__actions">
                    <button type="button" className="button button--small" aria-disabled={busy === node.id || undefined} aria-label={t('partnerships.invitations.resendFor', { email: node.email })} onClick={() => act(node.id, node.email, 'resend')}>
                      {t('partnerships.invitations.resend')}
                    </button>
                    {node.status === 'PENDING' && (
                      <button type="button" className="button button--small button--danger" aria-disabled={busy === node.id || undefined} aria-label={t('partnerships.invitations.cancelFor', { email: node.email })} onClick={() => act(node.id, node.email, 'cancel')}>
                        {t('partnerships.invitations.cancel')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ShowMore hasMore={connection.pageInfo.hasNextPage} onMore={showMore} />
    </>
  );
}
