import { renderChart } from './charts';
import { mergeSeries, type Series, seriesMarkdownTable, seriesTable } from './report';

const BOARD: Series = {
  id: 'board-read',
  title: 'Board read: 20 projects with their tasks',
  work: 'tasks on the page',
  unit: 'ms',
  baseline: 'one SQL statement building the JSON',
  stats: ['p50', 'p99'],
  points: [
    { work: 100, api: { p50: 6, p99: 14 }, baseline: { p50: 2.1, p99: 5 } },
    { work: 1_000, api: { p50: 32, p99: 62 }, baseline: { p50: 13, p99: 28 } },
    { work: 5_000, api: { p50: 160, p99: 240 }, baseline: { p50: 60, p99: 95 } },
  ],
};

/** The polylines of one colour the chart draws: paths of one move and a segment to each point after the first. */
const polylines = (svg: string, colour: string) =>
  [...svg.matchAll(/<path d="(M[^"]*)"[^>]*>/g)].filter(([tag, d]) => tag.includes(`stroke="${colour}"`) && d.split('L').length === 3).map(([tag]) => tag);

describe('bench charts', () => {
  const svg = renderChart(BOARD, 'realistic');

  it('renders a standalone SVG on a white background, titled with the scenario and the size', () => {
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toMatch(/<rect width="760" height="460" x="0" y="0" fill="#ffffff"/);
    expect(svg).toContain('Board read: 20 projects with their tasks (size realistic)');
    expect(svg).toContain('baseline: one SQL statement building the JSON');
  });

  it('labels both axes with their units and numbers in English', () => {
    expect(svg).toContain('>tasks on the page (log scale)</text>');
    expect(svg).toContain('>ms (log scale)</text>');
    expect(svg).toContain('>5,000</text>');
  });

  it('draws the API and the baseline, p50 solid and p99 dashed, each through every point', () => {
    const api = polylines(svg, '#1d4ed8');
    const baseline = polylines(svg, '#c2410c');
    expect(api).toHaveLength(2);
    expect(baseline).toHaveLength(2);
    expect(api.filter((tag) => tag.includes('stroke-dasharray'))).toHaveLength(1);
    expect(baseline.filter((tag) => tag.includes('stroke-dasharray'))).toHaveLength(1);
    for (const name of ['API p50', 'API p99', 'baseline p50', 'baseline p99']) expect(svg).toContain(`>${name}</text>`);
  });

  it('keeps linear axes for work that spans little', () => {
    const flat = renderChart({ ...BOARD, points: BOARD.points.slice(0, 1).concat({ work: 300, api: { p50: 9, p99: 20 }, baseline: { p50: 3, p99: 7 } }) }, 'smoke');
    expect(flat).toContain('>tasks on the page</text>');
    expect(flat).toContain('>ms</text>');
  });

  it('merges the points of one curve from several results, in order of work', () => {
    const [merged] = mergeSeries([
      { ...BOARD, points: [BOARD.points[2]] },
      { ...BOARD, points: [BOARD.points[0], BOARD.points[1]] },
    ]);
    expect(merged.points.map((point) => point.work)).toEqual([100, 1_000, 5_000]);
    expect(seriesTable([merged])).toContain('tasks on the page: 1,000  p50 / p99 ms  32.0 / 62.0  13.0 / 28.0  2.46× / 2.21×');
    expect(seriesMarkdownTable([merged])).toContain('| tasks on the page: 5,000 | p50 / p99 ms | 160 / 240 | 60.0 / 95.0 | 2.67× / 2.53× |');
  });
});
