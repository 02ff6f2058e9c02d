import { type AdvisoryOpenRegistrationQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { FORMAT_LABEL, KIND_LABEL } from './labels';

export type Offer = AdvisoryOpenRegistrationQuery['openRegistration'];

/** What anyone may read of a seminar open for registration. */
export function RegistrationOffer({ offer }: { offer: Offer }) {
  const { t, day, moment } = useT();
  return (
    <dl className="advisory-facts">
      <div>
        <dt>{t('advisory.public.programme')}</dt>
        <dd lang="pl">{offer.programmeName}</dd>
      </div>
      <div>
        <dt>{t('advisory.form.kind')}</dt>
        <dd>{t(KIND_LABEL[offer.kind])}</dd>
      </div>
      <div>
        <dt>{t('advisory.public.when')}</dt>
        <dd>
          {day(offer.heldOn, 'long')}
          {offer.startsAt && t('advisory.activity.at', { time: offer.startsAt })} ({t('advisory.activity.minutes', { n: offer.durationMinutes })})
        </dd>
      </div>
      <div>
        <dt>{t('advisory.form.format')}</dt>
        <dd>
          {t(FORMAT_LABEL[offer.format])}
          {offer.place && (
            <>
              {' — '}
              <span lang="pl">{offer.place}</span>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('advisory.public.seats')}</dt>
        <dd>{offer.seatsLeft === null ? t('advisory.public.noLimit') : offer.seatsLeft === 0 ? t('advisory.public.full') : t('advisory.public.seatsLeft', { n: offer.seatsLeft })}</dd>
      </div>
      <div>
        <dt>{t('advisory.public.closesAt')}</dt>
        <dd>{moment(offer.closesAt)}</dd>
      </div>
    </dl>
  );
}
