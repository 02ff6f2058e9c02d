import { csvFile } from '@wspolnie/platform-graphql';
import { type Locale, type Message, render } from '@wspolnie/platform-i18n';
import { hoursOf } from './hours';
import type { ProgrammeReportWithTeam } from './programme-report.service';
import { reportMessage } from './report-messages';
import type { ReportFigures } from './report.types';

/** The columns, in order; their headings are in the caller's language. */
const COLUMNS = ['section', 'key', 'name', 'activities', 'gminas', 'partnerships', 'participants', 'minutes', 'hours', 'onModules', 'onAdditionalTopics', 'totalValue', 'euContribution'] as const;

export interface Download {
  /** Without its extension, in the caller's language. */
  readonly name: string;
  readonly body: Buffer;
}

/**
 * The report as one table a spreadsheet opens (csvFile: BOM, `;`, CRLF): the totals first (named
 * after the programme, with its value and EU contribution), then every kind, every module and
 * topic, the groups, and the gminas of the area not reached. Counts are plain integers; hours and
 * amounts are decimals with the caller's decimal sign ("12,50" in Polish, "12.50" in English),
 * as a spreadsheet in that language reads them as numbers.
 */
export function reportCsv(report: ProgrammeReportWithTeam, locale: Locale): Download {
  const say = (message: Message) => render(message, locale);
  const decimal = (text: string | null) => (text === null ? '' : locale === 'pl' ? text.replace('.', ',') : text);
  const separator = locale === 'pl' ? ',' : '.';
  const row = (section: Message, key: string, name: string, counted: ReportFigures, extra: { partnerships?: number; onModules?: number; onAdditionalTopics?: number; totalValue?: string; euContribution?: string } = {}) => [
    say(section),
    key,
    name,
    counted.activities,
    counted.distinctGminas,
    extra.partnerships ?? '',
    counted.participants,
    counted.minutes,
    hoursOf(counted.minutes, separator),
    extra.onModules ?? '',
    extra.onAdditionalTopics ?? '',
    extra.totalValue ?? '',
    extra.euContribution ?? '',
  ];
  const { programme, totals } = report;
  const rows: (string | number)[][] = [
    row(reportMessage('section.totals'), '', programme.name, totals, {
      partnerships: totals.distinctPartnerships,
      totalValue: decimal(programme.totalValue),
      euContribution: decimal(programme.euContribution),
    }),
    ...report.byKind.map((kind) => row(reportMessage('section.kind'), kind.kind, kind.label, kind, { onModules: kind.onModules, onAdditionalTopics: kind.onAdditionalTopics })),
    ...report.byTopic.map((topic) => row(reportMessage('section.topic'), say(reportMessage(`topicKind.${topic.topic.kind}`, { position: topic.topic.position })), topic.topic.name, topic)),
    ...(report.groupBy ? report.groups.map((group) => row(reportMessage(`section.group.${report.groupBy ?? 'KIND'}`), group.key ?? '', group.label, group)) : []),
    ...report.notReached.map((gmina) => [say(reportMessage('section.notReached')), gmina.terc, gmina.name, ...COLUMNS.slice(3).map(() => '')]),
  ];
  const period = { from: report.period.from, to: report.period.to };
  const name = report.teamName === null ? reportMessage('fileName', { name: programme.name, ...period }) : reportMessage('fileNameTeam', { name: programme.name, team: report.teamName, ...period });
  return { name: say(name), body: csvFile(COLUMNS.map((column) => say(reportMessage(`column.${column}`))), rows) };
}
