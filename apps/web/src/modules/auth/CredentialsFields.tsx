import { type Translate, useT } from '../../i18n/I18n';
import type { ApiProblem } from '../../ui/field-errors';
import { errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** The e-mail and password of a sign-in (the sign-in page, and signing in to accept an invitation). */
export function CredentialsFields({ value, onChange, problem }: { value: Credentials; onChange(value: Credentials): void; problem: ApiProblem | null }) {
  const { t } = useT();
  return (
    <>
      <TextField
        name="email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        label={t('auth.signIn.email')}
        value={value.email}
        onChange={(e) => onChange({ ...value, email: e.target.value })}
        error={errorFor(problem, 'email')}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="current-password"
        label={t('auth.signIn.password')}
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.target.value })}
        error={errorFor(problem, 'password')}
      />
    </>
  );
}

/** What a sign-in form refuses before sending, in the API's field names. */
export function missingCredentials({ email, password }: Credentials, t: Translate) {
  return [...(email.trim() ? [] : [{ field: 'email', message: t('auth.signIn.emailMissing') }]), ...(password ? [] : [{ field: 'password', message: t('auth.signIn.passwordMissing') }])];
}
