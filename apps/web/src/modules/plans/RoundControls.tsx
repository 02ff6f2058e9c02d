import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { PlansCloseConsultationDocument, PlansOpenConsultationDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { parseDay } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { conflictVersion } from '../../ui/conflict-version';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { FormButtons } from './CommentForm';
import { usePlanPage } from './plan-page-context';

const FORM = 'round';

/** For the plan's editors: open a consultation round on a draft, or close the open one. */
export function RoundControls() {
  const { t } = useT();
  const { plan } = usePlanPage();
  const [open, setOpen] = useState(false);
  if (plan.status === 'IN_CONSULTATION') return <CloseRound />;
  if (plan.status !== 'DRAFT') return null;
  if (!open) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('plans.round.open')}
        </button>
      </p>
    );
  }
  return <OpenRound onDone={() => setOpen(false)} />;
}

function OpenRound({ onDone }: { onDone: () => void }) {
  const { t } = useT();
  const { plan, refresh, announce } = usePlanPage();
  const [opensOn, setOpensOn] = useState('');
  const [closesOn, setClosesOn] = useState('');
  // The version the form was opened at: a change by someone else meanwhile answers CONFLICT.
  const [baseVersion, setBaseVersion] = useState(() => plan.version);
  const [openRound] = useMutation(PlansOpenConsultationDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    try {
      await openRound({ variables: { input: { id: plan.id, expectedVersion: baseVersion, opensOn: opensOn.trim() ? parseDay(opensOn) : null, closesOn: parseDay(closesOn) ?? '' } } });
    } catch (error) {
      setBaseVersion((base) => conflictVersion(error) ?? base);
      throw error;
    } finally {
      await refresh();
    }
    announce(t('plans.round.opened'));
    onDone();
  });
  const labels = { opensOn: t('plans.round.opensOn'), closesOn: t('plans.round.closesOn') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(opensOn.trim() && !parseDay(opensOn) ? [{ field: 'opensOn', message: t('plans.round.dateInvalid') }] : []),
        ...(!closesOn.trim() ? [{ field: 'closesOn', message: t('plans.round.closesMissing') }] : !parseDay(closesOn) ? [{ field: 'closesOn', message: t('plans.round.dateInvalid') }] : []),
      ]),
    );
  };

  return (
    <form className="card plan-form plan-round-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} labels={labels} idPrefix={FORM} />
      <fieldset>
        <legend>{t('plans.round.openTitle')}</legend>
        <TextField
          idPrefix={FORM}
          name="opensOn"
          label={labels.opensOn}
          hint={t('plans.round.dateHint')}
          value={opensOn}
          onChange={(e) => setOpensOn(e.target.value)}
          error={errorFor(problem, 'opensOn')}
          inputMode="numeric"
          className="plan-date"
        />
        <TextField
          idPrefix={FORM}
          name="closesOn"
          label={labels.closesOn}
          hint={t('plans.round.closesHint')}
          value={closesOn}
          onChange={(e) => setClosesOn(e.target.value)}
          error={errorFor(problem, 'closesOn')}
          inputMode="numeric"
          className="plan-date"
        />
      </fieldset>
      <FormButtons pending={pending} submitLabel={t('plans.round.openSubmit')} onCancel={onDone} />
    </form>
  );
}

function CloseRound() {
  const { t } = useT();
  const { plan, refresh, announce } = usePlanPage();
  const [confirming, setConfirming] = useState(false);
  // The version the person asked to close at; set when the question is shown.
  const [baseVersion, setBaseVersion] = useState(plan.version);
  const [closeRound] = useMutation(PlansCloseConsultationDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    try {
      await closeRound({ variables: { input: { id: plan.id, expectedVersion: baseVersion } } });
    } catch (error) {
      setBaseVersion((base) => conflictVersion(error) ?? base);
      throw error;
    } finally {
      await refresh();
    }
    announce(t('plans.round.closed'));
    setConfirming(false);
  });
  if (!confirming) {
    return (
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            setBaseVersion(plan.version);
            setConfirming(true);
          }}
        >
          {t('plans.round.close')}
        </button>
      </p>
    );
  }
  return (
    <div className="card plan-confirm">
      <ErrorSummary problem={problem} idPrefix={FORM} />
      <p>{t('plans.round.closeConfirm', { number: plan.currentRound?.number ?? plan.roundNumber })}</p>
      <div className="button-row button-row--tight">
        <button type="button" className="button button--primary button--small" aria-disabled={pending || undefined} onClick={() => void run()}>
          {t('plans.round.closeYes')}
        </button>
        <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
          {t('plans.thread.cancel')}
        </button>
      </div>
    </div>
  );
}
