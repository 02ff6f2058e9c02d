import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useSession, useSessionStore } from '../../app/providers';
import { ChangePasswordDocument, SignOutEverywhereDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { PageHeading } from '../../ui/PageHeading';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import './account.css';

/** The signed-in person's password, and ending every session of theirs. */
export default function ChangePasswordPage() {
  const { t } = useT();
  const session = useSession();
  const store = useSessionStore();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [changed, setChanged] = useState(false);
  const [change] = useMutation(ChangePasswordDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await change({ variables: { input: { currentPassword, newPassword } } });
    if (!data) return;
    // Every session ended with the old password; this is the new one for this tab.
    store.signedIn(data.changePassword);
    setCurrentPassword('');
    setNewPassword('');
    setChanged(true);
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    void run(
      localProblem([
        ...(currentPassword ? [] : [{ field: 'currentPassword', message: t('account.password.currentMissing') }]),
        ...(newPassword ? [] : [{ field: 'newPassword', message: t('account.password.newMissing') }]),
      ]),
    );
  };

  return (
    <div className="narrow">
      <PageHeading title={t('account.password.title')} hasError={Boolean(problem)} />
      {changed && (
        <p className="notice" role="status">
          {t('account.password.changed')}
        </p>
      )}
      <p>{t('account.password.intro')}</p>
      <ErrorSummary problem={problem} labels={{ currentPassword: t('account.password.current'), newPassword: t('account.password.new') }} />
      <form onSubmit={onSubmit} noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={session.status === 'signedIn' ? session.session.user.email : ''} readOnly hidden />
        <TextField
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          label={t('account.password.current')}
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errorFor(problem, 'currentPassword')}
        />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t('account.password.new')}
          hint={t('account.password.newHint')}
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errorFor(problem, 'newPassword')}
        />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('account.password.submitting') : t('account.password.submit')}
        </button>
      </form>
      <SignOutEverywhere />
    </div>
  );
}

function SignOutEverywhere() {
  const { t } = useT();
  const store = useSessionStore();
  const navigate = useNavigate();
  const [signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    await signOutEverywhere();
    // The session is over already; this forgets its cookie here (and ends it here if that fails).
    await store.signOut().catch(() => store.ended());
    await navigate('/sign-in?reason=signedOutEverywhere', { replace: true });
  });
  return (
    <section aria-labelledby="sign-out-everywhere" className="account-section">
      <h2 id="sign-out-everywhere">{t('account.everywhere.title')}</h2>
      <p>{t('account.everywhere.intro')}</p>
      {problem && (
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
      )}
      <button type="button" className="button button--danger" aria-disabled={pending || undefined} onClick={() => void run()}>
        {pending ? t('account.everywhere.submitting') : t('account.everywhere.submit')}
      </button>
    </section>
  );
}
