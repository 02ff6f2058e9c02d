import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { SignInDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { CredentialsFields, missingCredentials } from './CredentialsFields';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { InvitationFrame, type StepProps } from './InvitationFrame';
import { useStartSession } from './invitation-session';

/**
 * An address with an account, signed out: signing in here accepts at once (the page then shows
 * the accepting step, which takes the role). The token stays on this page; it never rides along
 * in a ?next= address of the sign-in page.
 */
export function SignInToAccept({ invitation, onSignedIn }: StepProps) {
  const { t } = useT();
  const [credentials, setCredentials] = useState({ email: invitation.email, password: '' });
  const { email, password } = credentials;
  const [signIn] = useMutation(SignInDocument);
  const startSession = useStartSession();
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
    if (!data) return;
    onSignedIn();
    await startSession(data.signIn);
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem(missingCredentials(credentials, t)),
    );
  };

  return (
    <InvitationFrame invitation={invitation} hasError={Boolean(problem)}>
      <h2>{t('auth.invitation.signInTitle')}</h2>
      <p>{t('auth.invitation.signInIntro', { email: invitation.email })}</p>
      <ErrorSummary problem={problem} labels={{ email: t('auth.signIn.email'), password: t('auth.signIn.password') }} />
      <form onSubmit={onSubmit} noValidate>
        <CredentialsFields value={credentials} onChange={setCredentials} problem={problem} />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('auth.signIn.submitting') : t('auth.invitation.signInAndAccept')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
      </p>
    </InvitationFrame>
  );
}
