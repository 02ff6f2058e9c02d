import { type AdvisoryProgrammeReportQuery, type AdvisoryReportGroupFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { KIND_LABEL, TOPIC_KIND_LABEL } from './labels';
import { formatHours } from './report-download';
import { TableScroll } from '../../ui/TableScroll';

type Report = AdvisoryProgrammeReportQuery['report'];

function Figures({ activities, distinctGminas, participants, hours }: { activities: number; distinctGminas: number; participants: number; hours: string }) {
  const { integer, locale } = useT();
  return (
    <>
      <td className="numeric">{integer(activities)}</td>
      <td className="numeric">{integer(distinctGminas)}</td>
      <td className="numeric">{integer(participants)}</td>
      <td className="numeric">{formatHours(hours, locale)}</td>
    </>
  );
}

function FigureHeadings() {
  const { t } = useT();
  return (
    <>
      <th scope="col" className="numeric">
        {t('advisory.report.activities')}
      </th>
      <th scope="col" className="numeric">
        {t('advisory.report.gminas')}
      </th>
      <th scope="col" className="numeric">
        {t('advisory.report.participants')}
      </th>
      <th scope="col" className="numeric">
        {t('advisory.report.hours')}
      </th>
    </>
  );
}

export function ReportTotals({ report }: { report: Report }) {
  const { t, integer, locale } = useT();
  const totals = report.totals;
  return (
    <dl className="advisory-totals">
      <div>
        <dt>{t('advisory.report.activities')}</dt>
        <dd>{integer(totals.activities)}</dd>
      </div>
      <div>
        <dt>{t('advisory.report.gminas')}</dt>
        <dd>{integer(totals.distinctGminas)}</dd>
      </div>
      <div>
        <dt>{t('advisory.report.partnerships')}</dt>
        <dd>{integer(totals.distinctPartnerships)}</dd>
      </div>
      <div>
        <dt>{t('advisory.report.participants')}</dt>
        <dd>{integer(totals.participants)}</dd>
      </div>
      <div>
        <dt>{t('advisory.report.hours')}</dt>
        <dd>{formatHours(totals.hours, locale)}</dd>
      </div>
    </dl>
  );
}

export function ByKindTable({ report }: { report: Report }) {
  const { t, integer } = useT();
  const rows = report.byKind.filter((row) => row.activities > 0);
  return (
    <ReportSection id="report-kind" title={t('advisory.report.byKind')} empty={rows.length === 0}>
      <table className="advisory-table">
        <caption className="visually-hidden">{t('advisory.report.byKind')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('advisory.activities.kind')}</th>
            <FigureHeadings />
            <th scope="col" className="numeric">
              {t('advisory.report.onModules')}
            </th>
            <th scope="col" className="numeric">
              {t('advisory.report.onAdditionalTopics')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.kind}>
              <th scope="row">{t(KIND_LABEL[row.kind])}</th>
              <Figures {...row} />
              <td className="numeric">{integer(row.onModules)}</td>
              <td className="numeric">{integer(row.onAdditionalTopics)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

export function ByTopicTable({ report }: { report: Report }) {
  const { t } = useT();
  const rows = report.byTopic.filter((row) => row.activities > 0);
  return (
    <ReportSection id="report-topic" title={t('advisory.report.byTopic')} empty={rows.length === 0}>
      <table className="advisory-table">
        <caption className="visually-hidden">{t('advisory.report.byTopic')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('advisory.form.topic')}</th>
            <FigureHeadings />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.topic.id}>
              <th scope="row">
                <span lang="pl">{row.topic.name}</span>
                <span className="advisory-sub">{t(TOPIC_KIND_LABEL[row.topic.kind])}</span>
              </th>
              <Figures {...row} />
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

export function GroupTable({ id, title, heading, groups }: { id: string; title: string; heading: string; groups: readonly AdvisoryReportGroupFragment[] }) {
  const { t } = useT();
  return (
    <ReportSection id={id} title={title} empty={groups.length === 0}>
      <table className="advisory-table">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <FigureHeadings />
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key ?? 'none'}>
              <th scope="row">{group.label || t('advisory.report.noKey')}</th>
              <Figures {...group} />
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
}

function ReportSection({ id, title, empty, children }: { id: string; title: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useT();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p>{t('advisory.report.nothing')}</p> : <TableScroll label={title}>{children}</TableScroll>}
    </section>
  );
}
