import { useQuery } from '@apollo/client/react';
import { type ReactNode, useMemo } from 'react';
import { createIntl } from 'react-intl';
import { AccessibilityStatementDocument, type AccessibilityStatementQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { INTL_TAG } from '../../i18n/locale';
import { apiProblem } from '../../ui/field-errors';
import { Loading } from '../../ui/Loading';
import { PageHeading } from '../../ui/PageHeading';
import './accessibility.css';
import { STATEMENT, type StatementId } from './statement-text';
import { StatementSections } from './StatementSections';

const RPO = 'https://bip.brpo.gov.pl/';
const GOV_GUIDE = 'https://www.gov.pl/web/gov/zloz-wniosek-o-zapewnienie-dostepnosci-cyfrowej-strony-internetowej-lub-aplikacji-mobilnej';

export type Say = (id: StatementId, values?: Record<string, ReactNode>) => ReactNode;
export type SiteInfo = AccessibilityStatementQuery['siteInfo'];

/**
 * The deklaracja dostępności, one route in both languages: the ids (a11y-…) the ministry's
 * validator looks for are fixed, the words follow the reader's language, the operator's details
 * come from the API (siteInfo).
 */
export default function AccessibilityStatementPage() {
  const { t, locale } = useT();
  const { data, error } = useQuery(AccessibilityStatementDocument);
  const say = useMemo<Say>(() => {
    const intl = createIntl({ locale: INTL_TAG[locale], messages: STATEMENT[locale] });
    const links = {
      rpo: (chunks: ReactNode[]) => <a href={RPO}>{chunks}</a>,
      gov: (chunks: ReactNode[]) => (
        <a href={GOV_GUIDE} hrefLang="pl">
          {chunks}
        </a>
      ),
    };
    return (id, values) => intl.formatMessage({ id }, { ...links, ...values });
  }, [locale]);

  return (
    <article className="statement">
      <PageHeading title={STATEMENT[locale].title} />
      {error && (
        <p className="notice notice--warning" role="alert">
          {apiProblem(error, t).message}
        </p>
      )}
      {!data && !error && <Loading />}
      {data && <StatementSections site={data.siteInfo} say={say} />}
    </article>
  );
}
