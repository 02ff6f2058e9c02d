import type { ReactNode } from 'react';
import { type InvitationPreviewQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { PageHeading } from '../../ui/PageHeading';
import { roleLabel } from './role-label';
import './auth.css';

export type Invitation = InvitationPreviewQuery['invitation'];

/** What each step of the invitation page gets from it. */
export interface StepProps {
  readonly token: string;
  readonly invitation: Invitation;
  /** The API refused the link itself (used meanwhile, withdrawn, expired), in these words. */
  onLinkRefused(message: string): void;
  /** A new account's session is about to start: the page waits for the partnership instead of re-deciding its step. */
  onEntering(): void;
  /** Signed in to accept: the accepting step takes the role as soon as it shows. */
  onSignedIn(): void;
  readonly acceptAtOnce?: boolean;
}

/** The invitation page around its one step: what the link offers, then what to do. */
export function InvitationFrame({ invitation, hasError = false, children }: { invitation: Invitation; hasError?: boolean; children: ReactNode }) {
  const { t, moment } = useT();
  return (
    <div className="narrow">
      <PageHeading title={t('auth.invitation.title', { name: invitation.partnershipName })} hasError={hasError} />
      <p>{t('auth.invitation.intro')}</p>
      <section aria-labelledby="invitation-offer" className="card invitation-offer">
        <h2 id="invitation-offer">{t('auth.invitation.offer')}</h2>
        <dl className="summary-list">
          <div>
            <dt>{t('auth.invitation.partnership')}</dt>
            <dd lang="pl">{invitation.partnershipName}</dd>
          </div>
          <div>
            <dt>{t('auth.invitation.role')}</dt>
            <dd>{roleLabel(t, invitation.role, invitation.gmina?.name)}</dd>
          </div>
          <div>
            <dt>{t('auth.invitation.sentTo')}</dt>
            <dd className="summary-list__email">{invitation.email}</dd>
          </div>
          <div>
            <dt>{t('auth.invitation.expires')}</dt>
            <dd>
              <time dateTime={invitation.expiresAt}>{moment(invitation.expiresAt, true)}</time>
            </dd>
          </div>
        </dl>
      </section>
      {children}
    </div>
  );
}

/** A link that cannot be used (missing, mistyped, used, withdrawn or expired): what to do instead. */
export function InvalidLink({ title, message, advice, action }: { title: string; message: string; advice: string; action: ReactNode }) {
  return (
    <div className="narrow">
      <PageHeading title={title} />
      <p className="notice notice--warning">{message}</p>
      <p>{advice}</p>
      <p>{action}</p>
    </div>
  );
}
