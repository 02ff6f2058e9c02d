import { useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../app/providers';
import { InvitationPreviewDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { AcceptAsSignedIn, OtherAccount } from './AcceptAsSignedIn';
import { InvalidLink } from './InvitationFrame';
import { useLinkToken } from '../../session/link-token';
import { NewAccountForm } from './NewAccountForm';
import { SignInToAccept } from './SignInToAccept';

/**
 * The e-mailed invitation link (/accept-invitation#token=…): what it offers, then the one step
 * that fits the reader — a new account, signing in as the invited address, accepting, or being
 * told the link is someone else's.
 */
export default function AcceptInvitationPage() {
  const { t, locale } = useT();
  const token = useLinkToken();
  const session = useSession();
  const [refused, setRefused] = useState<string | null>(null);
  const [entering, setEntering] = useState(false);
  const [acceptAtOnce, setAcceptAtOnce] = useState(false);
  // Not cached: the answer is about a secret link, and goes stale the moment it is used. Asked
  // once the session is known: a session starting empties the cache and cancels what is in flight.
  const skip = !token || session.status === 'restoring' || entering;
  const preview = useQuery(InvitationPreviewDocument, { variables: { token: token ?? '' }, skip, fetchPolicy: 'no-cache' });
  // The API's refusal is in the reader's language: a switch asks again (once the page's lang,
  // which requests carry, has changed too: the provider's effect runs after this one).
  const askedIn = useRef(locale);
  const { refetch } = preview;
  useEffect(() => {
    if (askedIn.current === locale) return;
    askedIn.current = locale;
    if (!skip) queueMicrotask(() => void refetch().catch(() => undefined));
  }, [locale, skip, refetch]);
  const onLinkRefused = useCallback(
    (message: string) => {
      setRefused(message);
      void refetch().catch(() => undefined);
    },
    [refetch],
  );

  const invalid = (message: string) => (
    <InvalidLink
      title={t('auth.invitation.invalidTitle')}
      message={message}
      advice={t('auth.invitation.invalidAdvice')}
      action={<Link to={session.status === 'signedIn' ? '/partnerships' : '/sign-in'}>{session.status === 'signedIn' ? t('app.nav.partnerships') : t('auth.signIn.title')}</Link>}
    />
  );
  if (!token) return invalid(t('auth.invitation.missingToken'));
  // Entering the partnership: the link is used now, and a refetch of its preview (a new session
  // refetches what is shown) would call it invalid while the page moves on.
  if (entering) {
    return (
      <div className="narrow">
        <PageHeading title={t('auth.invitation.loadingTitle')} />
        <Loading />
      </div>
    );
  }
  const problem = preview.error ? apiProblem(preview.error, t) : null;
  if (problem?.code === 'BAD_USER_INPUT') return invalid(problem.message);
  // Until the preview, asked again, says the same in the reader's language.
  if (refused) return invalid(refused);
  if (problem) {
    return (
      <div className="narrow">
        <PageHeading title={t('app.error.title')} hasError />
        <p className="notice notice--warning">{problem.message}</p>
        <button type="button" className="button" onClick={() => void preview.refetch()}>
          {t('app.error.retry')}
        </button>
      </div>
    );
  }
  const invitation = preview.data?.invitation;
  if (!invitation || session.status === 'restoring' || entering) {
    return (
      <div className="narrow">
        <PageHeading title={t('auth.invitation.loadingTitle')} />
        <Loading />
      </div>
    );
  }
  const step = { token, invitation, acceptAtOnce, onLinkRefused, onEntering: () => setEntering(true), onSignedIn: () => setAcceptAtOnce(true) };
  if (session.status === 'signedIn') {
    const current = session.session.user.email;
    if (current.toLowerCase() !== invitation.email.toLowerCase()) return <OtherAccount invitation={invitation} current={current} />;
    return <AcceptAsSignedIn {...step} />;
  }
  return invitation.accountExists ? <SignInToAccept {...step} /> : <NewAccountForm {...step} />;
}
