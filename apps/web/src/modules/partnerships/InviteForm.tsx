import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useEffectEvent, useState } from 'react';
import { PartnershipsInviteDocument, type PartnershipRole } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { GminaOptions, type MemberGmina } from './GminaOptions';
import { SelectField } from '../../ui/fields';
import { PARTNERSHIP_ROLES, ROLE_LABEL, roleTakesGmina, useRoleLabel } from './role-labels';

export const INVITE_FORM = 'invite';

export interface InviteFormProps {
  readonly partnershipId: string;
  readonly gminas: readonly MemberGmina[];
  /** Whether this form's error summary is the one the page shows (one summary at a time). */
  readonly showSummary: boolean;
  onProblem(failed: boolean): void;
  onSent(message: string): void;
}

/**
 * A coordinator invites someone by e-mail to a role (inviteToPartnership); a gmina official
 * names the member gmina they will act for. The API judges the address: its refusal shows
 * next to the field, in the reader's language.
 */
export function InviteForm({ partnershipId, gminas, showSummary, onProblem, onSent }: InviteFormProps) {
  const { t } = useT();
  const roleLabel = useRoleLabel();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<PartnershipRole>('GMINA_OFFICIAL');
  const [gminaTerc, setGminaTerc] = useState('');
  const [invite] = useMutation(PartnershipsInviteDocument, { refetchQueries: ['PartnershipsInvitations'], awaitRefetchQueries: true });
  const takesGmina = roleTakesGmina(role);

  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await invite({
      variables: { input: { partnershipId, email: email.trim(), role, gminaTerc: takesGmina && gminaTerc ? gminaTerc : null } },
    });
    if (data) {
      const sent = data.inviteToPartnership;
      onSent(t('partnerships.invite.sent', { email: sent.email, role: roleLabel(sent.role, sent.gmina?.name) }));
      setEmail('');
    }
  });
  // Told after each answer only, not whenever the page passes a new callback.
  const reportProblem = useEffectEvent(onProblem);
  useEffect(() => reportProblem(Boolean(problem)), [problem]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(email.trim() ? [] : [{ field: 'email', message: t('partnerships.invite.emailMissing') }]),
        ...(role === 'GMINA_OFFICIAL' && !gminaTerc ? [{ field: 'gminaTerc', message: t('partnerships.invite.gminaMissing') }] : []),
      ]),
    );
  };

  const labels = { email: t('partnerships.invite.email'), role: t('partnerships.invite.role'), gminaTerc: t('partnerships.invite.gmina') };
  return (
    <section className="card invite" aria-labelledby="invite-title">
      <h3 id="invite-title">{t('partnerships.invite.title')}</h3>
      <p>{t('partnerships.invite.intro')}</p>
      {showSummary && <ErrorSummary problem={problem} labels={labels} idPrefix={INVITE_FORM} />}
      <form id={INVITE_FORM} onSubmit={onSubmit} noValidate>
        <TextField
          idPrefix={INVITE_FORM}
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          label={labels.email}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errorFor(problem, 'email')}
        />
        <SelectField idPrefix={INVITE_FORM} name="role" label={labels.role} value={role} onChange={(e) => setRole(e.target.value as PartnershipRole)} error={errorFor(problem, 'role')}>
          {PARTNERSHIP_ROLES.map((value) => (
            <option key={value} value={value}>
              {t(ROLE_LABEL[value])}
            </option>
          ))}
        </SelectField>
        {takesGmina && (
          <SelectField
            idPrefix={INVITE_FORM}
            name="gminaTerc"
            label={labels.gminaTerc}
            hint={role === 'GMINA_OFFICIAL' ? t('partnerships.invite.gminaHint') : t('partnerships.invite.gminaOptional')}
            value={gminaTerc}
            onChange={(e) => setGminaTerc(e.target.value)}
            error={errorFor(problem, 'gminaTerc')}
          >
            <GminaOptions gminas={gminas} required={role === 'GMINA_OFFICIAL'} />
          </SelectField>
        )}
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('partnerships.invite.submitting') : t('partnerships.invite.submit')}
        </button>
      </form>
    </section>
  );
}
