import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { AdvisoryRegisterPubliclyDocument, type AdvisoryRegisterPubliclyMutation } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { GminaChoice } from './GminaChoice';
import type { FoundGmina } from './GminaSearch';
import { useOnlyFields } from './only-fields';
import type { Offer } from './RegistrationOffer';

const FIELDS = ['name', 'email', 'gminaTerc', 'joinWaitingList'];
const isShown = (field: string) => FIELDS.includes(field);
const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());

/** Registering without an account: a name, an e-mail address for the link, and the gmina one comes for. */
export function PublicRegistrationForm({ offer }: { offer: Offer }) {
  const { t } = useT();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [gmina, setGmina] = useState<FoundGmina | null>(null);
  const [joinWaitingList, setJoinWaitingList] = useState(offer.seatsLeft === 0);
  const [receipt, setReceipt] = useState<AdvisoryRegisterPubliclyMutation['registerPublicly'] | null>(null);
  const [register] = useMutation(AdvisoryRegisterPubliclyDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    const { data } = await register({ variables: { input: { activityId: offer.activityId, name: name.trim(), email: email.trim(), gminaTerc: gmina?.terc ?? '', joinWaitingList } } });
    if (data) setReceipt(data.registerPublicly);
  });
  const shown = useOnlyFields(problem, isShown);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(name.trim() ? [] : [{ field: 'name', message: t('advisory.public.nameMissing') }]),
        ...(!email.trim() ? [{ field: 'email', message: t('advisory.public.emailMissing') }] : !looksLikeEmail(email) ? [{ field: 'email', message: t('advisory.public.emailInvalid') }] : []),
        ...(gmina ? [] : [{ field: 'gminaTerc', message: t('advisory.public.gminaMissing') }]),
      ]),
    );
  };
  if (receipt) return <CheckYourMail email={receipt.email} />;
  return (
    <section aria-labelledby="public-form-title">
      <h2 id="public-form-title">{t('advisory.public.formTitle')}</h2>
      <ErrorSummary problem={shown} labels={{ name: t('advisory.public.name'), email: t('advisory.public.email'), gminaTerc: t('advisory.public.gmina') }} />
      <form onSubmit={submit} noValidate>
        <TextField name="name" autoComplete="name" label={t('advisory.public.name')} value={name} onChange={(event) => setName(event.target.value)} error={errorFor(shown, 'name')} />
        <TextField name="email" type="email" autoComplete="email" spellCheck={false} label={t('advisory.public.email')} hint={t('advisory.public.emailHint')} value={email} onChange={(event) => setEmail(event.target.value)} error={errorFor(shown, 'email')} />
        <GminaChoice name="gminaTerc" label={t('advisory.public.gmina')} chosen={gmina} onChange={setGmina} error={errorFor(shown, 'gminaTerc')} />
        <div className="advisory-checkbox">
          <input id="field-joinWaitingList" type="checkbox" checked={joinWaitingList} onChange={(event) => setJoinWaitingList(event.target.checked)} />
          <label htmlFor="field-joinWaitingList">{t('advisory.public.waitingList')}</label>
        </div>
        <p className="advisory-sub">{t('advisory.public.privacy')}</p>
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('advisory.public.sending') : t('advisory.public.submit')}
        </button>
      </form>
    </section>
  );
}

function CheckYourMail({ email }: { email: string }) {
  const { t } = useT();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section ref={box} tabIndex={-1} className="notice advisory-receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t('advisory.public.checkMailTitle')}</h2>
      <p role="status">{t('advisory.public.checkMail', { email })}</p>
      <p>{t('advisory.public.checkMailHint')}</p>
    </section>
  );
}
