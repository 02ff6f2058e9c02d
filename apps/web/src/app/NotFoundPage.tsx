import { Link } from 'react-router';
import { useT } from '../i18n/I18n';
import { PageHeading } from '../ui/PageHeading';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('app.notFound.title')} />
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link to="/">{t('app.notFound.home')}</Link>
      </p>
    </>
  );
}
