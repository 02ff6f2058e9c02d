import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useSession } from '../../app/providers';
import { AdvisoryOpenRegistrationDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './advisory.css';
import { PublicRegistrationForm } from './PublicRegistrationForm';
import { RegistrationOffer } from './RegistrationOffer';
import { SignedInRegistration } from './SignedInRegistration';

/** The public page of a seminar open for registration: anyone may read it and register. */
export default function PublicRegistrationPage() {
  const { t } = useT();
  const { activityId = '' } = useParams();
  const session = useSession();
  const { data, error, loading } = useQuery(AdvisoryOpenRegistrationDocument, { variables: { activityId } });
  const offer = data?.openRegistration;
  if (!offer) {
    if (loading) return <Loading />;
    const problem = apiProblem(error, t);
    return (
      <div className="narrow">
        <PageHeading title={t('advisory.public.unavailableTitle')} />
        <p>{problem.code === 'NOT_FOUND' || problem.code === 'BAD_USER_INPUT' ? t('advisory.public.unavailable') : problem.message}</p>
      </div>
    );
  }
  return (
    <div className="advisory-public">
      <p className="advisory-crumbs">{t('advisory.public.kicker')}</p>
      <PageHeading title={offer.title} />
      <RegistrationOffer offer={offer} />
      {!offer.isOpen ? (
        <p className="notice notice--warning">{t('advisory.public.closed')}</p>
      ) : session.status === 'signedIn' ? (
        <SignedInRegistration offer={offer} />
      ) : (
        <>
          <PublicRegistrationForm offer={offer} />
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent(`/rejestracja/${offer.activityId}`)}`}>{t('advisory.public.signInInstead')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
