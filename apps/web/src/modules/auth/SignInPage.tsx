import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSessionStore } from '../../app/providers';
import { SignInDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PageHeading } from '../../ui/PageHeading';
import { CredentialsFields, missingCredentials } from './CredentialsFields';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';

/** Only paths of this app: a crafted ?next= never sends anyone elsewhere after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/partnerships';
}

export default function SignInPage() {
  const { t } = useT();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSessionStore();
  const [credentials, setCredentials] = useState({ email: '', password: '' });
  const { email, password } = credentials;
  const [signIn] = useMutation(SignInDocument);
  const reason = params.get('reason');
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
    if (data) {
      session.signedIn(data.signIn);
      navigate(safeNext(params.get('next')), { replace: true });
    }
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem(missingCredentials(credentials, t)),
    );
  };

  return (
    <div className="narrow">
      <PageHeading title={t('auth.signIn.title')} hasError={Boolean(problem)} />
      {reason === 'ended' && (
        <p className="notice notice--warning" role="status">
          {t('session.ended')}
        </p>
      )}
      {reason === 'signedOut' && (
        <p className="notice" role="status">
          {t('session.signedOut')}
        </p>
      )}
      {(reason === 'passwordReset' || reason === 'signedOutEverywhere') && (
        <p className="notice" role="status">
          {t(reason === 'passwordReset' ? 'auth.signIn.passwordReset' : 'auth.signIn.signedOutEverywhere')}
        </p>
      )}
      <p>{t('auth.signIn.intro')}</p>
      <ErrorSummary problem={problem} labels={{ email: t('auth.signIn.email'), password: t('auth.signIn.password') }} />
      <form onSubmit={onSubmit} noValidate>
        <CredentialsFields value={credentials} onChange={setCredentials} problem={problem} />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
      </p>
      <p>
        <Link to="/gminas">{t('auth.signIn.register')}</Link>
      </p>
    </div>
  );
}
