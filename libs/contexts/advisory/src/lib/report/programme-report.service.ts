import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@wspolnie/identity';
import type { GminaType } from '@wspolnie/kernel';
import { DomainError } from '@wspolnie/platform-errors';
import { inEachLanguage, type Locale, render } from '@wspolnie/platform-i18n';
import { ActivityKind } from '../activity/activity-enums';
import { advisoryMessage } from '../advisory-messages';
import type { TopicKind } from '../programme/programme-enums';
import { ProgrammeTopic } from '../programme/programme-topic.entity';
import { Programme } from '../programme/programme.entity';
import { hoursOf } from './hours';
import { type FiguresRow, PROGRAMME_REPORT_SQL, type ProgrammeReportRow } from './report-sql';
import { reportMessage } from './report-messages';
import type { ProgrammeReport, ReportFigures, ReportGroup } from './report.types';
import { ReportGrouping } from './report.types';

/** What a report counts (the GraphQL input and the CSV download's parameters alike). */
export interface ReportQuery {
  readonly programmeId: string;
  readonly teamId: string | null;
  readonly from: string;
  readonly to: string;
  readonly groupBy: ReportGrouping | null;
  readonly areaCode: string | null;
}

/** A report and what its download is named after. */
export interface ProgrammeReportWithTeam extends ProgrammeReport {
  readonly teamName: string | null;
}

export const LONGEST_PERIOD_YEARS = 10;
const VOIVODESHIP = '(0[2468]|[12][02468]|3[02])';
const AREA_CODE = new RegExp(`^${VOIVODESHIP}((0[1-9]|[12][0-9]|3[0-8]|6[1-9]|7[0-9]))?$`);
const ROMAN = ['I', 'II', 'III', 'IV'];
const byName = new Intl.Collator('pl');

/**
 * A programme's reports: the RECORDED activities of a period, of the whole programme or of one
 * regional team, counted in one SQL statement whatever their number (report-sql.ts), and one
 * more for consultants' names when grouped by consultant (identity owns them).
 *
 * Each figure a programme publishes is one field of one query (programmeReport):
 * - "229 educational meetings in the four mandatory modules": byKind(kind: EDUCATIONAL_MEETING).onModules
 * - "34 educational meetings on additional topics": byKind(EDUCATIONAL_MEETING).onAdditionalTopics
 * - "consultations with 234 gminas": byKind(CONSULTATION).distinctGminas
 * - "support for N gminas / M partnerships": totals.distinctGminas / totals.distinctPartnerships
 * - "hours of support", "participants": totals.hours / totals.participants (or per kind, topic, group)
 * - "meetings in each module": byTopic(topic.kind: MODULE).activities
 * - the programme's value and EU contribution: programme.totalValue / programme.euContribution (exact PLN)
 */
@Injectable()
export class ProgrammeReportService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
  ) {}

  async report(query: ReportQuery, locale: Locale): Promise<ProgrammeReportWithTeam> {
    checkQuery(query);
    const [row]: ProgrammeReportRow[] = await this.txHost.tx.query(PROGRAMME_REPORT_SQL, [
      query.programmeId,
      query.teamId,
      query.from,
      query.to,
      query.groupBy,
      query.areaCode,
      Object.values(ActivityKind),
    ]);
    // The declaration checked the caller's access to the team, or to the programme: either must be of the other.
    if (query.teamId !== null && row.team_name === null) throw DomainError.badInput('teamId', reportMessage('teamNotInProgramme'));
    if (!row.programme) throw DomainError.notFound(advisoryMessage('noun.programme'), query.programmeId);
    if (query.areaCode !== null && row.area_gminas === 0) throw DomainError.badInput('areaCode', reportMessage('areaUnknown', { value: query.areaCode }));

    const found = new Map(row.figures.map((each) => [`${each.part}:${each.key ?? ''}`, each]));
    const figure = (part: FiguresRow['part'], key: string | null) => found.get(`${part}:${key ?? ''}`);
    const topics = row.topics.map((topic) => Object.assign(new ProgrammeTopic(), { ...topic, kind: topic.kind as TopicKind }));
    const byKind = Object.values(ActivityKind).map((kind) => {
      const counted = figure('kind', kind);
      return { kind, label: render(reportMessage(`kind.${kind}`), locale), ...figures(counted), onModules: Number(counted?.on_modules ?? 0), onAdditionalTopics: Number(counted?.on_additional_topics ?? 0) };
    });
    const byTopic = topics.map((topic) => ({ topic, ...figures(figure('topic', topic.id)) }));
    return {
      programme: programmeOf(row.programme),
      teamId: query.teamId,
      teamName: row.team_name,
      period: { from: query.from, to: query.to },
      totals: { ...figures(figure('total', null)), distinctPartnerships: row.partnerships },
      byKind,
      byTopic,
      groupBy: query.groupBy,
      groups: query.groupBy ? await this.groups(query.groupBy, row, topics, figure, locale) : [],
      notReached: row.not_reached.map((gmina) => ({ ...gmina, type: gmina.type as GminaType })),
    };
  }

  /** The groups with activities, labelled in the caller's language and in their natural order; the one without a key last. */
  private async groups(
    groupBy: ReportGrouping,
    row: ProgrammeReportRow,
    topics: readonly ProgrammeTopic[],
    figure: (part: FiguresRow['part'], key: string | null) => FiguresRow | undefined,
    locale: Locale,
  ): Promise<ReportGroup[]> {
    // By kind and by topic the groups are the parts already counted; the others are the SQL's own.
    const keyed: { key: string | null; counted: FiguresRow | undefined }[] =
      groupBy === ReportGrouping.KIND
        ? Object.values(ActivityKind).map((kind) => ({ key: kind as string, counted: figure('kind', kind) }))
        : groupBy === ReportGrouping.TOPIC
          ? [...topics.map((topic) => topic.id), null].map((key) => ({ key, counted: figure('topic', key) }))
          : row.figures.filter((each) => each.part === 'group').map((counted) => ({ key: counted.key, counted }));
    const present = keyed.filter((group) => Number(group.counted?.activities ?? 0) > 0);
    const names = groupBy === ReportGrouping.CONSULTANT ? await this.namesOf(present.map((group) => group.key)) : new Map<string, string>();
    const groups = present.map(({ key, counted }) => {
      const shown = groupBy === ReportGrouping.QUARTER && key !== null ? quarterKey(Number(key)) : key;
      const label =
        shown === null
          ? render(reportMessage(`none.${groupBy as 'VOIVODESHIP' | 'CONSULTANT' | 'TOPIC'}`), locale)
          : labelOf(groupBy, shown, row.voivodeships, names, topics, locale);
      return { key: shown, label, ...figures(counted) };
    });
    if (groupBy === ReportGrouping.KIND || groupBy === ReportGrouping.TOPIC) return groups;
    // Quarters and voivodeship codes sort as their keys do; consultants by name, as Poles sort them.
    return groups.sort((a, b) => {
      if (a.key === null || b.key === null) return (a.key === null ? 1 : 0) - (b.key === null ? 1 : 0);
      return (groupBy === ReportGrouping.CONSULTANT ? byName.compare(a.label, b.label) : 0) || a.key.localeCompare(b.key);
    });
  }

  private async namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const known = ids.filter((id): id is string => id !== null);
    if (!known.length) return new Map();
    return new Map((await this.accounts.findByIds(known)).map((account) => [account.id, account.displayName]));
  }
}

/** Refuses a period, or an area, that is not one, before anything is counted. */
export function checkQuery(query: Pick<ReportQuery, 'from' | 'to' | 'areaCode'>): void {
  if (query.to < query.from) throw DomainError.badInput('to', reportMessage('periodReversed', { from: query.from, to: query.to }));
  const latest = lastDayWithin(query.from, LONGEST_PERIOD_YEARS);
  if (query.to > latest) throw DomainError.badInput('to', reportMessage('periodTooLong', { years: LONGEST_PERIOD_YEARS, from: query.from, latest }));
  if (query.areaCode !== null && !AREA_CODE.test(query.areaCode)) throw DomainError.badInput('areaCode', reportMessage('areaCode', { value: query.areaCode.slice(0, 40) }));
}

/** The last day of `years` years from `from` (2020-01-01 → 2029-12-31; 2020-02-29 → 2030-02-28). */
function lastDayWithin(from: string, years: number): string {
  const [year, month, day] = from.split('-').map(Number);
  const next = new Date(Date.UTC(year + years, month - 1, day));
  // A 29 February years later is a 1 March: the day before either is the last one.
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

function figures(counted: FiguresRow | undefined): ReportFigures {
  const minutes = Number(counted?.minutes ?? 0);
  return { activities: Number(counted?.activities ?? 0), distinctGminas: Number(counted?.gminas ?? 0), participants: Number(counted?.participants ?? 0), minutes, hours: hoursOf(minutes) };
}

/** "2020-Q1" from the SQL's quarter number (year × 4 + quarter − 1). */
function quarterKey(number: number): string {
  return `${Math.floor(number / 4)}-Q${(number % 4) + 1}`;
}

function labelOf(groupBy: ReportGrouping, key: string, voivodeships: Readonly<Record<string, string>>, names: ReadonlyMap<string, string>, topics: readonly ProgrammeTopic[], locale: Locale): string {
  switch (groupBy) {
    case ReportGrouping.VOIVODESHIP:
      return voivodeships[key] ?? key;
    case ReportGrouping.QUARTER: {
      const [year, quarter] = key.split('-Q');
      return render(reportMessage('quarter', { year, quarter: inEachLanguage((language) => (language === 'pl' ? ROMAN[Number(quarter) - 1] : `Q${quarter}`)) }), locale);
    }
    case ReportGrouping.CONSULTANT:
      return names.get(key) ?? render(reportMessage('none.CONSULTANT'), locale);
    case ReportGrouping.KIND:
      return render(reportMessage(`kind.${key as ActivityKind}`), locale);
    case ReportGrouping.TOPIC:
      return topics.find((topic) => topic.id === key)?.name ?? key;
  }
}

function programmeOf(row: Record<string, unknown>): Programme {
  return Object.assign(new Programme(), row, { createdAt: new Date(String(row['createdAt'])), updatedAt: new Date(String(row['updatedAt'])) });
}
