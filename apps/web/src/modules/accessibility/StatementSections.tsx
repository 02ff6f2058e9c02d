import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18n';
import type { Say, SiteInfo } from './AccessibilityStatementPage';

/** Polish text the operator wrote, marked so in the English version (screen readers switch voice). */
function Operator({ children }: { children: ReactNode }) {
  const { locale } = useT();
  return <span lang={locale === 'pl' ? undefined : 'pl'}>{children}</span>;
}

function Missing({ say, id }: { say: Say; id?: string }) {
  return (
    <span id={id} className="statement__missing">
      {say('notConfigured')}
    </span>
  );
}

function Day({ id, value, say }: { id: string; value: string | null; say: Say }) {
  const { day } = useT();
  if (!value) return <Missing id={id} say={say} />;
  return (
    <time id={id} dateTime={value}>
      {day(value, 'long')}
    </time>
  );
}

/** The statement's sections in the order of the technical conditions; each a11y-* id exactly once. */
export function StatementSections({ site, say }: { site: SiteInfo; say: Say }) {
  const a = site.accessibility;
  const origin = window.location.origin;
  const operator = site.operatorName ? (
    <span id="a11y-podmiot">
      <Operator>{site.operatorUrl ? <a href={site.operatorUrl}>{site.operatorName}</a> : site.operatorName}</Operator>
    </span>
  ) : (
    <Missing id="a11y-podmiot" say={say} />
  );
  return (
    <>
      {site.example && (
        <p className="notice">
          {say('example')}
        </p>
      )}
      <div id="a11y-wstep">
        <p>{say('intro', { operator, scope: <span id="a11y-zakres">{say('scope')}</span> })}</p>
        <p>
          {say('appliesTo', {
            site: (
              <a id="a11y-url" href={`${origin}/`}>
                {say('siteName', { host: window.location.host })}
              </a>
            ),
          })}
        </p>
      </div>
      <ul>
        <li>
          {say('published')} <Day id="a11y-data-publikacja" value={a.publishedOn} say={say} />
        </li>
        <li>
          {say('updated')} <Day id="a11y-data-aktualizacja" value={a.updatedOn} say={say} />
        </li>
      </ul>

      <h2>{say('statusTitle')}</h2>
      <p id="a11y-status">{say('status')}</p>

      <h2>{say('inaccessibleTitle')}</h2>
      <h3>{say('nonComplianceTitle')}</h3>
      <ul>
        <li>{say('gapExplorer')}</li>
        <li>{say('gapCharts')}</li>
        <li>{say('gapLanguage')}</li>
        <li>{say('gapUnverified')}</li>
      </ul>
      <h3>{say('burdenTitle')}</h3>
      <p id="a11y-ocena">{say('burden')}</p>

      <h2>{say('preparationTitle')}</h2>
      <ul>
        <li>
          {say('prepared')} <Day id="a11y-data-sporzadzenie" value={a.preparedOn} say={say} />
        </li>
        <li>
          {say('reviewed')} <Day id="a11y-data-przeglad" value={a.reviewedOn} say={say} />
        </li>
      </ul>
      <p id="a11y-audytor">{say('assessment')}</p>
      <p>{say('reviewYearly')}</p>

      <h2>{say('featuresTitle')}</h2>
      <ul>
        <li>{say('featureSkip')}</li>
        <li>{say('featureLanguage')}</li>
        <li>{say('featureForms')}</li>
        <li>{say('featureLive')}</li>
        <li>{say('featureReflow')}</li>
      </ul>

      <h2>{say('keyboardTitle')}</h2>
      <p>{say('keyboard')}</p>

      <section id="a11y-kontakt" aria-labelledby="statement-contact">
        <h2 id="statement-contact">{say('contactTitle')}</h2>
        <ul>
          <li>{say('contactPerson', { name: a.contactName ? <span id="a11y-osoba"><Operator>{a.contactName}</Operator></span> : <Missing id="a11y-osoba" say={say} /> })}</li>
          <li>{say('contactEmail', { email: a.contactEmail ? <a id="a11y-email" href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a> : <Missing id="a11y-email" say={say} /> })}</li>
          <li>{say('contactPhone', { phone: a.contactPhone ? <a id="a11y-telefon" href={`tel:${a.contactPhone.replace(/[^\d+]/g, '')}`}>{a.contactPhone}</a> : <Missing id="a11y-telefon" say={say} /> })}</li>
        </ul>
        <p>{say('rightsIntro')}</p>
        <ul>
          <li>{say('rightRemarks')}</li>
          <li>{say('rightRequest')}</li>
          <li>{say('rightAlternative')}</li>
        </ul>
        <p>{say('requestMust')}</p>
        <ul>
          <li>{say('requestContact')}</li>
          <li>{say('requestWhat')}</li>
          <li>{say('requestForm')}</li>
        </ul>
        <p>{say('requestTime')}</p>
      </section>

      <section id="a11y-procedura" aria-labelledby="statement-procedure">
        <h2 id="statement-procedure">{say('procedureTitle')}</h2>
        <p>{say('complaint')}</p>
        <p>{say('complaintTo', { operator: site.operatorName ? <Operator>{site.operatorName}</Operator> : say('notConfigured') })}</p>
        {site.operatorAddress && <p>{say('complaintAddress', { address: <Operator>{site.operatorAddress}</Operator> })}</p>}
        <p>{say('complaintGov')}</p>
        <p>{say('ombudsman')}</p>
      </section>

      <h2>{say('otherTitle')}</h2>
      <section id="a11y-aplikacje" aria-labelledby="statement-apps">
        <h3 id="statement-apps">{say('appsTitle')}</h3>
        <p>{say('apps')}</p>
      </section>
      <section id="a11y-architektura" aria-labelledby="statement-architecture">
        <h3 id="statement-architecture">{say('architectureTitle')}</h3>
        <p>{say('architectureNa')}</p>
        <p className="statement__operator-text">{a.architecture ? <Operator>{a.architecture}</Operator> : <Missing say={say} />}</p>
      </section>
      <section id="a11y-komunikacja" aria-labelledby="statement-communication">
        <h3 id="statement-communication">{say('communicationTitle')}</h3>
        <p className="statement__operator-text">{a.communication ? <Operator>{a.communication}</Operator> : <Missing say={say} />}</p>
      </section>
    </>
  );
}
