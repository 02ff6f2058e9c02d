import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as echarts from 'echarts';
import type { Series } from './report';

const WIDTH = 760;
const HEIGHT = 460;
const API_COLOUR = '#1d4ed8';
const BASELINE_COLOUR = '#c2410c';
const INK = '#1f2937';
const GRID = '#e5e7eb';

/** Largest over smallest positive value: how many times the range spans. */
function spread(values: readonly number[]): number {
  const positive = values.filter((value) => Number.isFinite(value) && value > 0);
  return positive.length ? Math.max(...positive) / Math.min(...positive) : 1;
}

const isPowerOfTwo = (value: number) => Number.isInteger(Math.log2(value));
const label = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en') : Number(value.toPrecision(3)).toLocaleString('en'));

/**
 * The curve as a self-contained SVG: ECharts' server-side renderer, no browser or DOM. Work
 * that spans a wide range (100 to 5,000 tasks, 1 to 32 writers) gets a logarithmic x axis, so
 * the small points are not squeezed together, and so does the y axis when the figures span more
 * than thirty times (catch-up). The background is white, so the chart reads the same on a light
 * or a dark page; the API is blue, its baseline orange, the first statistic (p50) solid and the
 * next (p99) dashed.
 */
export function renderChart(series: Series, size: string): string {
  const works = series.points.map((point) => point.work);
  const figures = series.points.flatMap((point) => series.stats.flatMap((stat) => [point.api[stat], point.baseline[stat]]));
  const logX = spread(works) > 12;
  const logY = spread(figures) > 30;
  const lines = series.stats.flatMap((stat, k) =>
    (['api', 'baseline'] as const).map((side) => ({
      type: 'line' as const,
      name: `${side === 'api' ? 'API' : 'baseline'} ${stat}`,
      data: series.points.map((point) => [point.work, Number.isFinite(point[side][stat]) ? point[side][stat] : null]),
      color: side === 'api' ? API_COLOUR : BASELINE_COLOUR,
      lineStyle: { width: 2, type: k === 0 ? ('solid' as const) : ('dashed' as const) },
      symbol: k === 0 ? 'circle' : 'triangle',
      symbolSize: 7,
      connectNulls: true,
    })),
  );
  const axis = {
    nameLocation: 'middle' as const,
    nameTextStyle: { color: INK, fontSize: 13 },
    axisLine: { lineStyle: { color: INK } },
    axisLabel: { color: INK, formatter: label },
    splitLine: { lineStyle: { color: GRID } },
  };
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' },
      title: {
        text: `${series.title} (size ${size})`,
        subtext: `baseline: ${series.baseline}`,
        left: 'center',
        textStyle: { color: INK, fontSize: 15 },
        subtextStyle: { color: '#4b5563' },
      },
      legend: { bottom: 8, textStyle: { color: INK } },
      grid: { left: 80, right: 40, top: 78, bottom: 92 },
      xAxis: {
        ...axis,
        type: logX ? 'log' : 'value',
        logBase: works.every(isPowerOfTwo) ? 2 : 10,
        name: logX ? `${series.work} (log scale)` : series.work,
        nameGap: 30,
        min: logX ? 'dataMin' : 0,
        max: 'dataMax',
      },
      yAxis: { ...axis, type: logY ? 'log' : 'value', name: logY ? `${series.unit} (log scale)` : series.unit, nameGap: 58, ...(logY ? {} : { min: 0 }) },
      series: lines,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Each curve's chart as `<folder>/<id>.svg` (the folder made afresh, so a rerun leaves no chart of a curve it no longer has); the files written. */
export function writeCharts(folder: string, series: readonly Series[], size: string): string[] {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  return series.map((curve) => {
    const file = join(folder, `${curve.id}.svg`);
    writeFileSync(file, `${renderChart(curve, size)}\n`);
    return file;
  });
}
