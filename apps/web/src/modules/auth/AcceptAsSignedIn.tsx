import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { AcceptInvitationDocument } from './graphql.generated';
import { useSessionStore } from '../../app/providers';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { useFormSubmit } from '../../ui/use-form-submit';
import { type Invitation, InvitationFrame, type StepProps } from './InvitationFrame';
import { useEnterPartnership, useLinkRefusal } from './invitation-session';

/** Signed in as the invited address: one button takes the role (at once, when they signed in here to accept). */
export function AcceptAsSignedIn({ token, invitation, onLinkRefused, acceptAtOnce = false }: StepProps) {
  const { t } = useT();
  const [accept] = useMutation(AcceptInvitationDocument);
  const enter = useEnterPartnership();
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await accept({ variables: { token } });
    if (data) await enter(data.acceptInvitation.partnershipId, data.acceptInvitation.partnership.slug);
  });
  useLinkRefusal(problem, onLinkRefused);
  const started = useRef(false);
  useEffect(() => {
    if (!acceptAtOnce || started.current) return;
    // Once, though Strict Mode runs effects twice: the link works only once.
    started.current = true;
    void run();
  }, [acceptAtOnce, run]);
  return (
    <InvitationFrame invitation={invitation} hasError={Boolean(problem)}>
      <h2>{t('auth.invitation.acceptTitle')}</h2>
      <p>{t('auth.invitation.acceptIntro', { email: invitation.email })}</p>
      <ErrorSummary problem={problem} />
      <button type="button" className="button button--primary" aria-disabled={pending || undefined} onClick={() => void run()}>
        {pending ? t('auth.invitation.accepting') : t('auth.invitation.accept')}
      </button>
    </InvitationFrame>
  );
}

/** Signed in as someone else: the invitation is not theirs to take; signing out lets the invitee in. */
export function OtherAccount({ invitation, current }: { invitation: Invitation; current: string }) {
  const { t } = useT();
  const store = useSessionStore();
  const { problem, pending, run } = useFormSubmit(() => store.signOut());
  return (
    <InvitationFrame invitation={invitation} hasError={Boolean(problem)}>
      <h2>{t('auth.invitation.otherAccountTitle')}</h2>
      <p className="notice notice--warning">{t('auth.invitation.otherAccount', { current, invited: invitation.email })}</p>
      <ErrorSummary problem={problem} />
      <button type="button" className="button" aria-disabled={pending || undefined} onClick={() => void run()}>
        {t('auth.invitation.otherAccountAction', { invited: invitation.email })}
      </button>
    </InvitationFrame>
  );
}
