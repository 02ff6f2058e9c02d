import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { RequestPasswordResetDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';

/** What the API takes for an address: it answers the same for anything else, and sends nothing. */
const LOOKS_LIKE_EMAIL = /^[^@\s]+@[^@\s]+$/;

/** Asks for a link to set a new password. The answer is the same whether the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request] = useMutation(RequestPasswordResetDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    await request({ variables: { email: email.trim() } });
    setSentTo(email.trim());
  });

  if (sentTo) {
    return (
      <div className="narrow">
        <PageHeading title={t('auth.forgot.sentTitle')} />
        <p className="notice" role="status">
          {t('auth.forgot.sent', { email: sentTo })}
        </p>
        <p>{t('auth.forgot.sameAnswer')}</p>
        <p>{t('auth.forgot.notArrived')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => setSentTo(null)}>
            {t('auth.forgot.again')}
          </button>
          <Link to="/sign-in">{t('auth.forgot.backToSignIn')}</Link>
        </div>
      </div>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    void run(localProblem(value ? (LOOKS_LIKE_EMAIL.test(value) ? [] : [{ field: 'email', message: t('auth.forgot.emailInvalid') }]) : [{ field: 'email', message: t('auth.forgot.emailMissing') }]));
  };

  return (
    <div className="narrow">
      <PageHeading title={t('auth.forgot.title')} hasError={Boolean(problem)} />
      <p>{t('auth.forgot.intro')}</p>
      <ErrorSummary problem={problem} labels={{ email: t('auth.forgot.email') }} />
      <form onSubmit={onSubmit} noValidate>
        <TextField name="email" type="email" autoComplete="username" spellCheck={false} label={t('auth.forgot.email')} value={email} onChange={(e) => setEmail(e.target.value)} error={errorFor(problem, 'email')} />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('auth.forgot.submitting') : t('auth.forgot.submit')}
        </button>
      </form>
      <p>
        <Link to="/sign-in">{t('auth.forgot.backToSignIn')}</Link>
      </p>
    </div>
  );
}
