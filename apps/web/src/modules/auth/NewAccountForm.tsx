import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { CreateAccountFromInvitationDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { InvitationFrame, type StepProps } from './InvitationFrame';
import { useEnterPartnership, useLinkRefusal, useStartSession } from './invitation-session';

/** An address without an account: a name and a password make one, signed in, with the role. */
export function NewAccountForm({ token, invitation, onLinkRefused, onEntering }: StepProps) {
  const { t } = useT();
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [create] = useMutation(CreateAccountFromInvitationDocument);
  const startSession = useStartSession();
  const enter = useEnterPartnership();
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await create({ variables: { input: { token, displayName: displayName.trim(), password } } });
    if (!data) return;
    onEntering();
    await startSession(data.createAccountFromInvitation);
    await enter(invitation.partnershipId);
  });
  useLinkRefusal(problem, onLinkRefused);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(displayName.trim() ? [] : [{ field: 'displayName', message: t('auth.invitation.displayNameMissing') }]),
        ...(password ? [] : [{ field: 'password', message: t('auth.invitation.passwordMissing') }]),
      ]),
    );
  };

  return (
    <InvitationFrame invitation={invitation} hasError={Boolean(problem)}>
      <h2>{t('auth.invitation.newAccount')}</h2>
      <p>{t('auth.invitation.newAccountIntro', { email: invitation.email })}</p>
      <ErrorSummary problem={problem} labels={{ displayName: t('auth.invitation.displayName'), password: t('auth.invitation.password') }} />
      <form onSubmit={onSubmit} noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
        <TextField
          name="displayName"
          autoComplete="name"
          label={t('auth.invitation.displayName')}
          hint={t('auth.invitation.displayNameHint')}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          error={errorFor(problem, 'displayName')}
        />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t('auth.invitation.password')}
          hint={t('auth.invitation.passwordHint')}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errorFor(problem, 'password')}
        />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('auth.invitation.creating') : t('auth.invitation.create')}
        </button>
      </form>
    </InvitationFrame>
  );
}
