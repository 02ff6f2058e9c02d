import { useT } from '../../i18n/I18n';

/** The open consultation round in words: "Konsultacje do 31.12.2026", with its first day. */
export function RoundLine({ round }: { round: { number: number; opensOn: string; closesOn: string } | null }) {
  const { t, day } = useT();
  if (!round) return <>{t('plans.round.none')}</>;
  return (
    <>
      <strong>{t('plans.round.until', { date: day(round.closesOn) })}</strong>{' '}
      <span className="plan-muted">({t('plans.round.range', { number: round.number, from: day(round.opensOn), to: day(round.closesOn) })})</span>
    </>
  );
}
