import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useSession } from '../../app/providers';
import { AdvisoryCancelMyRegistrationDocument, AdvisoryRegisterForActivityDocument, type AdvisoryRegistrationFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem, type ApiProblem, errorFor } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { GminaChoice } from './GminaChoice';
import type { FoundGmina } from './GminaSearch';
import { REGISTRATION_STATUS_LABEL } from './labels';
import { useOnlyFields } from './only-fields';
import type { Offer } from './RegistrationOffer';

const FORM = 'mine';
const isShown = (field: string) => field === 'gminaTerc';

/** Registering with one's account: no e-mail link, only the gmina one comes for; and withdrawing. */
export function SignedInRegistration({ offer }: { offer: Offer }) {
  const { t } = useT();
  const session = useSession();
  const [gmina, setGmina] = useState<FoundGmina | null>(null);
  const [joinWaitingList, setJoinWaitingList] = useState(offer.seatsLeft === 0);
  const [registration, setRegistration] = useState<AdvisoryRegistrationFragment | null>(null);
  const [cancelProblem, setCancelProblem] = useState<ApiProblem | null>(null);
  const [register] = useMutation(AdvisoryRegisterForActivityDocument);
  const [cancelMine, cancelling] = useMutation(AdvisoryCancelMyRegistrationDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await register({ variables: { input: { activityId: offer.activityId, gminaTerc: gmina?.terc ?? '', joinWaitingList } } });
    if (data) setRegistration(data.registerForActivity);
  });
  const shown = useOnlyFields(problem, isShown);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(gmina ? [] : [{ field: 'gminaTerc', message: t('advisory.public.gminaMissing') }]));
  };
  const name = session.status === 'signedIn' ? session.session.user.displayName : '';
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t('advisory.public.mineTitle')}</h2>
      <p>{t('advisory.public.mineIntro', { name })}</p>
      {registration && registration.status !== 'CANCELLED' ? (
        <p className="notice" role="status">
          {t('advisory.public.mineStatus', { status: t(REGISTRATION_STATUS_LABEL[registration.status]) })}
        </p>
      ) : (
        <>
          {registration && (
            <p className="notice" role="status">
              {t('advisory.public.mineCancelled')}
            </p>
          )}
          <ErrorSummary problem={shown} idPrefix={FORM} labels={{ gminaTerc: t('advisory.public.gmina') }} />
          <form onSubmit={submit} noValidate>
            <GminaChoice idPrefix={FORM} name="gminaTerc" label={t('advisory.public.gmina')} chosen={gmina} onChange={setGmina} error={errorFor(shown, 'gminaTerc')} />
            <div className="advisory-checkbox">
              <input id="mine-joinWaitingList" type="checkbox" checked={joinWaitingList} onChange={(event) => setJoinWaitingList(event.target.checked)} />
              <label htmlFor="mine-joinWaitingList">{t('advisory.public.waitingList')}</label>
            </div>
            <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
              {t('advisory.public.mineSubmit')}
            </button>
          </form>
        </>
      )}
      <h3>{t('advisory.public.withdrawTitle')}</h3>
      <p>{t('advisory.public.withdrawHint')}</p>
      <button
        type="button"
        className="button"
        aria-disabled={cancelling.loading || undefined}
        onClick={async () => {
          if (cancelling.loading) return;
          setCancelProblem(null);
          try {
            const { data } = await cancelMine({ variables: { input: { activityId: offer.activityId } } });
            if (data) setRegistration(data.cancelMyRegistration);
          } catch (error) {
            setCancelProblem(apiProblem(error, t));
          }
        }}
      >
        {t('advisory.public.withdraw')}
      </button>
      {cancelProblem && (
        <p className="notice notice--warning" role="alert">
          {cancelProblem.message}
        </p>
      )}
    </section>
  );
}
