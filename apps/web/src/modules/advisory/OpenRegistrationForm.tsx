import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { AdvisoryOpenActivityRegistrationDocument, type AdvisoryActivityDetailsFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { formatDay, parseDay } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { parseCount, parseTime } from './activity-draft';
import { warsawInstant, warsawParts } from './warsaw-time';

const FORM = 'registration';

/** Opens registration with a limit of seats and a deadline, or changes both while it is open. */
export function OpenRegistrationForm({ activity, onDone }: { activity: AdvisoryActivityDetailsFragment; onDone: (said: string) => void }) {
  const { t, locale, moment } = useT();
  const isOpen = activity.registrationOpen;
  const closes = activity.registrationClosesAt ? warsawParts(activity.registrationClosesAt) : null;
  const [capacity, setCapacity] = useState(activity.capacity === null ? '' : String(activity.capacity));
  const [day, setDay] = useState(closes ? formatDay(closes.day, locale) : '');
  const [time, setTime] = useState(closes?.time ?? '23:59');
  const [open] = useMutation(AdvisoryOpenActivityRegistrationDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await open({
      variables: { input: { activityId: activity.id, capacity: capacity.trim() ? parseCount(capacity) : null, closesAt: warsawInstant(parseDay(day) as string, parseTime(time) as string) } },
    });
    if (data?.openActivityRegistration.registrationClosesAt) onDone(t('advisory.registrations.openedNow', { when: moment(data.openActivityRegistration.registrationClosesAt) }));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const seats = capacity.trim() ? parseCount(capacity) : null;
    void run(
      localProblem([
        ...(capacity.trim() && (seats === null || seats < 1 || seats > 100_000) ? [{ field: 'capacity', message: t('advisory.registrations.capacityInvalid') }] : []),
        ...(!day.trim() ? [{ field: 'closesAt', message: t('advisory.registrations.closesMissing') }] : !parseDay(day) ? [{ field: 'closesAt', message: t('advisory.filters.dayInvalid') }] : []),
        ...(!parseTime(time) ? [{ field: 'closesAtTime', message: t('advisory.form.startsAtInvalid') }] : []),
      ]),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="advisory-subform" aria-labelledby="registration-form-title">
      <h3 id="registration-form-title">{isOpen ? t('advisory.registrations.change') : t('advisory.registrations.open')}</h3>
      <ErrorSummary problem={problem} idPrefix={FORM} labels={{ capacity: t('advisory.registrations.capacity'), closesAt: t('advisory.registrations.closesOn'), closesAtTime: t('advisory.registrations.closesTime') }} />
      <TextField idPrefix={FORM} name="capacity" label={t('advisory.registrations.capacity')} hint={t('advisory.registrations.capacityHint')} inputMode="numeric" autoComplete="off" className="advisory-input--short" value={capacity} onChange={(event) => setCapacity(event.target.value)} error={errorFor(problem, 'capacity')} />
      <div className="advisory-form__row">
        <TextField idPrefix={FORM} name="closesAt" label={t('advisory.registrations.closesOn')} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" className="advisory-input--day" value={day} onChange={(event) => setDay(event.target.value)} error={errorFor(problem, 'closesAt')} />
        <TextField idPrefix={FORM} name="closesAtTime" label={t('advisory.registrations.closesTime')} hint={t('advisory.form.startsAtHint')} inputMode="numeric" autoComplete="off" className="advisory-input--short" value={time} onChange={(event) => setTime(event.target.value)} error={errorFor(problem, 'closesAtTime')} />
      </div>
      <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
        {isOpen ? t('advisory.registrations.changeSubmit') : t('advisory.registrations.openSubmit')}
      </button>
    </form>
  );
}
