import { useT } from '../../i18n/I18n';
import { PageHeading } from '../../ui/PageHeading';

// Placeholder until this page is built.
export default function Page() {
  const { t } = useT();
  return <PageHeading title={t('app.loading')} />;
}
