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
  /** How the scenario's cost grows with its work; points of one id from several results make one curve. */
  readonly series?: Series[];
}

/** A measure of one scenario at growing work, the API's beside its baseline's: a table's rows and a chart. */
export interface Series {
  /** The chart's file name (without .svg) and the key in the JSON results. */
  readonly id: string;
  readonly title: string;
  /** What grows along the x axis, with its unit: "tasks on the page". */
  readonly work: string;
  /** The y axis's unit: "ms", "updates/s". */
  readonly unit: string;
  /** What the baseline is, for the legend. */
  readonly baseline: string;
  /** The statistics every point has for both: "p50", "p99". */
  readonly stats: readonly string[];
  readonly points: readonly SeriesPoint[];
}

export interface SeriesPoint {
  readonly work: number;
  readonly api: Readonly<Record<string, number>>;
  readonly baseline: Readonly<Record<string, number>>;
  /** More about the point, for the JSON results only (statements, samples). */
  readonly details?: Readonly<Record<string, number>>;
}

/** One curve per id, its points in order of work. */
export function mergeSeries(all: readonly Series[]): Series[] {
  const merged = new Map<string, Series>();
  for (const series of all) {
    const known = merged.get(series.id);
    merged.set(series.id, known ? { ...known, points: [...known.points, ...series.points] } : series);
  }
  return [...merged.values()].map((series) => ({ ...series, points: [...series.points].sort((a, b) => a.work - b.work) }));
}

const figure = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1));

/** The curves as rows: one a point, its statistics side by side ("p50 / p99"). */
function seriesRows(all: readonly Series[]): string[][] {
  return all.flatMap((series) =>
    series.points.map((point) => {
      const cells = (of: Readonly<Record<string, number>>) => series.stats.map((stat) => figure(of[stat])).join(' / ');
      const ratios = series.stats.map((stat) => (Number.isFinite(point.api[stat] / point.baseline[stat]) ? `${(point.api[stat] / point.baseline[stat]).toFixed(2)}×` : '–')).join(' / ');
      return [series.title, `${series.work}: ${point.work.toLocaleString('en')}`, `${series.stats.join(' / ')} ${series.unit}`, cells(point.api), cells(point.baseline), ratios];
    }),
  );
}

const SERIES_HEADER = ['curve', 'work', 'measure', 'API', 'baseline', 'ratio'];

export function seriesTable(all: readonly Series[]): string {
  const lines = seriesRows(all);
  const widths = SERIES_HEADER.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [format(SERIES_HEADER), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

export function seriesMarkdownTable(all: readonly Series[]): string {
  return [`| ${SERIES_HEADER.join(' | ')} |`, `|${SERIES_HEADER.map(() => '---').join('|')}|`, ...seriesRows(all).map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

export function table(rows: readonly Row[]): string {
  const header = ['scenario', 'measure', 'API', 'baseline', 'ratio', 'target', ''];
  const lines = rows.map((row) => [row.scenario, row.measure, row.value, row.baseline ?? '', row.ratio ?? '', row.target ?? '', row.met === undefined ? '' : row.met ? 'met' : 'MISSED']);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

/** The same table as Markdown, for the README's Performance section. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = rows.map(
    (row) => `| ${row.scenario} | ${row.measure} | ${row.value} | ${row.baseline ?? ''} | ${row.ratio ?? ''} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'met' : '**missed**'} |`,
  );
  return ['| scenario | measure | API | baseline | ratio | target | |', '|---|---|---|---|---|---|---|', ...lines].join('\n');
}
