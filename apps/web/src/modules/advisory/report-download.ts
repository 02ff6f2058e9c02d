export interface ReportQuery {
  readonly programmeId: string;
  readonly from: string;
  readonly to: string;
  readonly teamId: string | null;
  readonly areaCode: string | null;
  readonly groupBy: string;
}

/** The address of the report's CSV, with the same parameters the page shows. */
export function reportCsvUrl(query: ReportQuery): string {
  const params = new URLSearchParams({ from: query.from, to: query.to, groupBy: query.groupBy });
  if (query.teamId) params.set('teamId', query.teamId);
  if (query.areaCode) params.set('areaCode', query.areaCode);
  return `/programmes/${encodeURIComponent(query.programmeId)}/report.csv?${params.toString()}`;
}

/** "12.50" (the API's hours) in the reader's decimal sign, from the string: no float touches it. */
export function formatHours(hours: string, locale: string): string {
  return locale === 'pl' ? hours.replace('.', ',') : hours;
}
