import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../app/providers';
import { useT } from '../../i18n/I18n';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import { type Introspection, probeIntrospection } from './explorer-fetcher';
import './explorer.css';

// The editor (GraphiQL, Monaco and its workers) is megabytes: only this page loads it, after its text shows.
const GraphiqlExplorer = lazy(() => import('./GraphiqlExplorer'));

export default function ExplorerPage() {
  const { t } = useT();
  const session = useSession();
  const [introspection, setIntrospection] = useState<Introspection>('checking');
  useEffect(() => {
    let current = true;
    void probeIntrospection().then((answer) => current && setIntrospection(answer));
    return () => {
      current = false;
    };
  }, []);
  const defaultQuery = `# ${t('explorer.exampleComment')}\n{\n  voivodeships {\n    code\n    name\n  }\n}\n`;

  return (
    <div className="explorer">
      <PageHeading title={t('explorer.title')} />
      <p>{t('explorer.intro')}</p>
      <p>{session.status === 'signedIn' ? t('explorer.asYou', { name: session.session.user.displayName }) : t('explorer.anonymous')}</p>
      <p className="explorer__keyboard">{t('explorer.keyboard')}</p>
      {session.status === 'signedOut' && (
        <p>
          <Link to="/sign-in?next=/explorer">{t('explorer.signIn')}</Link>
        </p>
      )}
      {introspection === 'refused' && (
        <p className="notice notice--warning" role="status">
          {t('explorer.introspectionRefused')}
        </p>
      )}
      {introspection === 'unreachable' && (
        <p className="notice notice--warning" role="alert">
          {t('error.NETWORK')}
        </p>
      )}
      {introspection === 'checking' ? (
        <Loading label={t('explorer.loading')} />
      ) : (
        <Suspense fallback={<Loading label={t('explorer.loading')} />}>
          <GraphiqlExplorer introspection={introspection === 'allowed'} defaultQuery={defaultQuery} />
        </Suspense>
      )}
    </div>
  );
}
