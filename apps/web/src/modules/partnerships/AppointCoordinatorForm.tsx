import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useEffectEvent, useState } from 'react';
import { PartnershipsAppointCoordinatorDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';

export const APPOINT_FORM = 'appoint';

/**
 * A platform administrator without a role invites the first coordinator of a partnership that
 * has none (appointCoordinator): the only thing the API lets them do there.
 */
export function AppointCoordinatorForm({ partnershipId, showSummary, onProblem, onSent }: { partnershipId: string; showSummary: boolean; onProblem(failed: boolean): void; onSent(message: string): void }) {
  const { t } = useT();
  const [email, setEmail] = useState('');
  const [appoint] = useMutation(PartnershipsAppointCoordinatorDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await appoint({ variables: { input: { partnershipId, email: email.trim() } } });
    if (data) {
      onSent(t('partnerships.appoint.sent', { email: data.appointCoordinator.email }));
      setEmail('');
    }
  });
  const reportProblem = useEffectEvent(onProblem);
  useEffect(() => reportProblem(Boolean(problem)), [problem]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(email.trim() ? [] : [{ field: 'email', message: t('partnerships.invite.emailMissing') }]));
  };
  const label = t('partnerships.appoint.email');
  return (
    <section className="card invite" aria-labelledby="appoint-title">
      <h2 id="appoint-title">{t('partnerships.appoint.title')}</h2>
      <p>{t('partnerships.appoint.intro')}</p>
      {showSummary && <ErrorSummary problem={problem} labels={{ email: label }} idPrefix={APPOINT_FORM} />}
      <form id={APPOINT_FORM} onSubmit={onSubmit} noValidate>
        <TextField idPrefix={APPOINT_FORM} name="email" type="email" autoComplete="off" spellCheck={false} label={label} value={email} onChange={(e) => setEmail(e.target.value)} error={errorFor(problem, 'email')} />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('partnerships.invite.submitting') : t('partnerships.appoint.submit')}
        </button>
      </form>
    </section>
  );
}
