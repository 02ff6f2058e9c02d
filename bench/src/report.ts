/** One line of the results table. */
export interface Row {
  readonly scenario: string;
  readonly measure: string;
  readonly value: string;
  readonly baseline?: string;
  readonly ratio?: string;
  readonly target?: string;
  /** Whether the target is met; undefined where there is no target. */
  readonly met?: boolean;
}

export interface ScenarioResult {
  readonly rows: Row[];
  /** Raw figures for the JSON file. */
  readonly figures: Record<string, unknown>;
  /** Correctness problems (wrong answers, lost events): they fail the run, unlike slowness. */
  readonly failures: string[];
}

export function table(rows: readonly Row[]): string {
  const header = ['scenario', 'measure', 'API', 'baseline', 'ratio', 'target', ''];
  const lines = rows.map((row) => [row.scenario, row.measure, row.value, row.baseline ?? '', row.ratio ?? '', row.target ?? '', row.met === undefined ? '' : row.met ? 'met' : 'MISSED']);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

/** The same table as Markdown, for the README's Performance section. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = rows.map((row) => `| ${row.scenario} | ${row.measure} | ${row.value} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'met' : '**missed**'} |`);
  return ['| scenario | measure | API | baseline | ratio | target | |', '|---|---|---|---|---|---|---|', ...lines].join('\n');
}
