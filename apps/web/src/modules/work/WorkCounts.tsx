import { type WorkMyWorkQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';

type Counts = WorkMyWorkQuery['myWork']['taskCounts'];

/** The three counts in words, with Polish plural forms ("5 otwartych zadań, 2 z terminem w tym tygodniu, 1 po terminie"). */
export function WorkCounts({ counts }: { counts: Counts }) {
  const { t } = useT();
  return (
    <section aria-labelledby="work-counts" className="work-counts">
      <h2 id="work-counts" className="visually-hidden">
        {t('work.counts.heading')}
      </h2>
      <ul className="work-counts__list">
        <li className="work-counts__item">{t('work.counts.open', { n: counts.open })}</li>
        <li className="work-counts__item">{t('work.counts.dueThisWeek', { n: counts.dueThisWeek })}</li>
        <li className={`work-counts__item${counts.overdue ? ' work-counts__item--overdue' : ''}`}>{t('work.counts.overdue', { n: counts.overdue })}</li>
      </ul>
    </section>
  );
}
