import { useRouteError } from 'react-router';
import { useT } from '../i18n/I18n';
import { PageHeading } from '../ui/PageHeading';

/** A page that failed to load (a chunk missing after a new build, say): a way to try again. */
export function RouteError() {
  const { t } = useT();
  useRouteError();
  return (
    <main id="main" tabIndex={-1}>
      <PageHeading title={t('app.error.title')} />
      <button type="button" className="button" onClick={() => location.reload()}>
        {t('app.error.retry')}
      </button>
    </main>
  );
}
