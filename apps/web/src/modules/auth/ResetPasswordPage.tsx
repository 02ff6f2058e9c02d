import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useSession, useSessionStore } from '../../app/providers';
import { ResetPasswordDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { InvalidLink } from './InvitationFrame';
import { useLinkToken } from '../../session/link-token';

/**
 * The e-mailed link for a new password (/reset-password#token=…). The API ends every session of
 * the account and opens none, so the reader signs in with the new password afterwards.
 */
export default function ResetPasswordPage() {
  const { t } = useT();
  const token = useLinkToken();
  const navigate = useNavigate();
  const session = useSession();
  const store = useSessionStore();
  const [newPassword, setNewPassword] = useState('');
  const [reset] = useMutation(ResetPasswordDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await reset({ variables: { input: { token: token ?? '', newPassword } } });
    if (!data?.resetPassword) return;
    // This tab's own session ended with all the others.
    if (session.status === 'signedIn') store.ended();
    await navigate('/sign-in?reason=passwordReset', { replace: true });
  });

  const linkRefusal = problem?.fields.find((error) => error.field === 'token')?.message;
  if (!token || linkRefusal) {
    return (
      <InvalidLink
        title={t('auth.reset.invalidTitle')}
        message={linkRefusal ?? t('auth.reset.missingToken')}
        advice={t('auth.reset.invalidAdvice')}
        action={<Link to="/forgot-password">{t('auth.reset.requestNew')}</Link>}
      />
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(newPassword ? [] : [{ field: 'newPassword', message: t('auth.reset.newPasswordMissing') }]));
  };

  return (
    <div className="narrow">
      <PageHeading title={t('auth.reset.title')} hasError={Boolean(problem)} />
      <p>{t('auth.reset.intro')}</p>
      <ErrorSummary problem={problem} labels={{ newPassword: t('auth.reset.newPassword') }} />
      <form onSubmit={onSubmit} noValidate>
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t('auth.reset.newPassword')}
          hint={t('auth.reset.newPasswordHint')}
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errorFor(problem, 'newPassword')}
        />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('auth.reset.submitting') : t('auth.reset.submit')}
        </button>
      </form>
    </div>
  );
}
