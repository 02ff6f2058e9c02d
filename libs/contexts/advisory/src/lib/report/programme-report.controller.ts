import { Controller, Get, Header, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import { DomainError, errorMessage } from '@wspolnie/platform-errors';
import { attachment, Can, downloadParameters, httpRefusal, LocalDateScalar, UuidScalar } from '@wspolnie/platform-graphql';
import { localeOf } from '@wspolnie/platform-i18n';
import { ProgrammeReportService, type ReportQuery } from './programme-report.service';
import { reportCsv } from './report-csv';
import { reportMessage } from './report-messages';
import { ReportGrouping } from './report.types';

const PARAMETERS = ['from', 'to', 'teamId', 'groupBy', 'areaCode'] as const;

/**
 * The programme report as a CSV download, with the API's bearer token and its access rules
 * (RouteAccessGuard checks the declaration: no token 401, someone without a role in the
 * programme 404, a malformed id 400). With `?teamId=` the declaration's scope is that team (the
 * first source given), so a consultant limited to a team downloads their team's report; the
 * team must then be one of the path's programme (400 teamId otherwise).
 */
@Controller('programmes')
export class ProgrammeReportController {
  constructor(private readonly reports: ProgrammeReportService) {}

  /** `?from=YYYY-MM-DD&to=YYYY-MM-DD[&teamId=…][&groupBy=VOIVODESHIP|QUARTER|CONSULTANT|KIND|TOPIC][&areaCode=24]`, headed in the caller's language. */
  @Can('programme.report', { programmeTeam: 'teamId', programme: 'programmeId' })
  @Get(':programmeId/report.csv')
  @Header('Cache-Control', 'private, no-store')
  async reportCsv(@Param('programmeId') programmeId: string, @Query() query: Record<string, unknown>, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = localeOf(acceptLanguage);
    try {
      const report = await this.reports.report(queryOf(programmeId, query), locale);
      const file = reportCsv(report, locale);
      return new StreamableFile(file.body, { type: 'text/csv; charset=utf-8', disposition: attachment(file.name, 'csv'), length: file.body.length });
    } catch (error) {
      throw error instanceof DomainError ? httpRefusal(error, locale) : error;
    }
  }
}

/** What the query string asks for (the guard checked the path's programme, or the query's team). */
function queryOf(programmeId: string, query: Record<string, unknown>): ReportQuery {
  // An empty parameter counts as left out.
  const given = Object.fromEntries(Object.entries(downloadParameters(query, PARAMETERS)).map(([name, value]) => [name, value || null])) as Record<(typeof PARAMETERS)[number], string | null>;
  const groupBy = given.groupBy;
  if (groupBy !== null && !(Object.values(ReportGrouping) as string[]).includes(groupBy)) {
    throw DomainError.badInput('groupBy', reportMessage('groupBy', { value: groupBy.slice(0, 40), values: Object.values(ReportGrouping).join(', ') }));
  }
  const teamId = given.teamId;
  return {
    // The guard checked the team when one is given, the programme otherwise: the other is checked here.
    programmeId: parsed('programmeId', programmeId, (value) => UuidScalar.parseValue(value)),
    teamId: teamId === null ? null : parsed('teamId', teamId, (value) => UuidScalar.parseValue(value)),
    from: day('from', given.from),
    to: day('to', given.to),
    groupBy: groupBy as ReportGrouping | null,
    areaCode: given.areaCode,
  };
}

function day(name: 'from' | 'to', value: string | null): string {
  if (value === null) throw DomainError.badInput(name, reportMessage('missingParameter', { name }));
  return parsed(name, value, (text) => LocalDateScalar.parseValue(text));
}

/** A value through the scalar GraphQL checks it with, refused with the field named. */
function parsed(field: string, value: string, parse: (value: string) => string): string {
  try {
    return parse(value);
  } catch (error) {
    if (error instanceof DomainError) throw DomainError.badInput(field, error.text);
    throw DomainError.badInput(field, errorMessage('invalidValue', { field }));
  }
}
