import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { AdvisoryConfirmRegistrationDocument, type AdvisoryConfirmRegistrationMutation } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { apiProblem, type ApiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './advisory.css';
import { useLinkToken } from '../../session/link-token';

/** Opening the e-mailed link confirms the registration, once; the token leaves the address bar at once. */
export default function ConfirmRegistrationPage() {
  const { t } = useT();
  const token = useLinkToken();
  const [receipt, setReceipt] = useState<AdvisoryConfirmRegistrationMutation['confirmRegistration'] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const started = useRef(false);
  const [confirm] = useMutation(AdvisoryConfirmRegistrationDocument);
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    confirm({ variables: { input: { token } } }).then(
      ({ data }) => data && setReceipt(data.confirmRegistration),
      (error: unknown) => setProblem(apiProblem(error, t)),
    );
  }, [token, confirm, t]);

  if (!token) {
    return (
      <div className="narrow">
        <PageHeading title={t('advisory.confirm.noTokenTitle')} />
        <p>{t('advisory.confirm.noToken')}</p>
      </div>
    );
  }
  if (problem) {
    return (
      <div className="narrow">
        <PageHeading title={t('advisory.confirm.failedTitle')} hasError />
        <p className="notice notice--warning" role="alert">
          {problem.message}
        </p>
        <p>{t('advisory.confirm.failedHint')}</p>
      </div>
    );
  }
  if (!receipt) return <Loading label={t('advisory.confirm.confirming')} />;
  return (
    <div className="narrow">
      <PageHeading title={receipt.status === 'CONFIRMED' ? t('advisory.confirm.confirmedTitle') : receipt.status === 'WAITLISTED' ? t('advisory.confirm.waitlistedTitle') : t('advisory.confirm.otherTitle')} />
      <p role="status">{receipt.status === 'CONFIRMED' ? t('advisory.confirm.confirmed', { email: receipt.email }) : receipt.status === 'WAITLISTED' ? t('advisory.confirm.waitlisted', { email: receipt.email }) : t('advisory.confirm.other', { email: receipt.email })}</p>
    </div>
  );
}
