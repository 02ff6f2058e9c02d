import type { Pln } from '@wspolnie/kernel';
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useT } from '../../i18n/I18n';
import { barLength } from './budget-math';

export interface AmountBar {
  readonly key: string;
  readonly label: string;
  readonly amount: Pln;
}

interface Props {
  readonly bars: readonly AmountBar[];
  /** What the chart shows, for screen readers; the page has the same figures in a table. */
  readonly summary: string;
}

/**
 * Amounts as horizontal bars, each labelled with its exact amount. Loaded on its own (lazy), so
 * the chart library stays out of the first load of every page. The picture is one image for
 * assistive technology, named by `summary`; the figures themselves are in the table beside it.
 */
export default function AmountBarChart({ bars, summary }: Props) {
  const { money } = useT();
  const data = bars.map((bar) => ({
    key: bar.key,
    label: bar.label,
    length: barLength(bar.amount),
    text: money(bar.amount),
  }));
  const height = Math.max(120, data.length * 44 + 16);
  return (
    <div className="amount-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 8, bottom: 4, left: 8 }} accessibilityLayer={false}>
          {/* Room to the right of the longest bar for its amount. */}
          <XAxis type="number" hide domain={[0, (max: number) => Math.max(1, max) * 2.6]} />
          <YAxis type="category" dataKey="label" width={116} interval={0} tickLine={false} tick={{ fontSize: 13, fill: '#1b1f24' }} />
          <Bar dataKey="length" fill="#1d4e89" isAnimationActive={false} barSize={22}>
            <LabelList dataKey="text" position="right" style={{ fontSize: 13, fill: '#1b1f24' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
