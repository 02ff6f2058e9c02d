import { type PlansCompareQuery } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { DiffText } from './DiffText';

type Comparison = PlansCompareQuery['plan']['compare'][number];

/** What differs between two revisions, section by section, word by word (the compare page, a publish CONFLICT). */
export function CompareSections({ sections, from, to }: { sections: readonly Comparison[]; from: number; to: number }) {
  const { t } = useT();
  const different = sections.filter((section) => section.added || section.removed || section.moved || section.changed);
  const unchanged = sections.length - different.length;
  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('plans.compare.heading', { from, to })}</h2>
      <p className="plan-muted">{t('plans.compare.legend')}</p>
      {unchanged > 0 && <p>{t('plans.count.sectionsUnchanged', { n: unchanged })}</p>}
      {different.length === 0 && <p className="notice">{t('plans.compare.noChanges')}</p>}
      {different.map((section) => (
        <ComparedSection key={section.key} section={section} />
      ))}
    </section>
  );
}

function ComparedSection({ section }: { section: Comparison }) {
  const { t } = useT();
  const side = section.after ?? section.before;
  const heading = side && side.level > 0 ? side.heading : t('plans.section.preamble');
  const headingChanged = section.headingDiff.some((run) => run.kind !== 'SAME');
  const bodyChanged = section.bodyDiff.some((run) => run.kind !== 'SAME');
  const states = [
    section.added && t('plans.compare.added'),
    section.removed && t('plans.compare.removed'),
    section.moved && t('plans.compare.moved'),
    section.changed && !section.added && !section.removed && t('plans.compare.changed'),
  ].filter((state): state is string => Boolean(state));
  const id = `compare-${section.key}`;
  return (
    <article className={`plan-compare card${section.added ? ' plan-compare--added' : ''}${section.removed ? ' plan-compare--removed' : ''}`} aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="plan-thread__tags">
        {states.map((state) => (
          <li key={state} className="plan-tag plan-tag--warning">
            {state}
          </li>
        ))}
        {section.moved && section.before && section.after && <li className="plan-tag">{t('plans.compare.position', { from: section.before.position + 1, to: section.after.position + 1 })}</li>}
      </ul>
      {headingChanged && !section.added && !section.removed && (
        <div className="plan-compare__part">
          <h4>{t('plans.compare.headingChange')}</h4>
          <p className="plan-diff">
            <DiffText runs={section.headingDiff} />
          </p>
        </div>
      )}
      {bodyChanged && (
        <div className="plan-compare__part">
          <h4>{t('plans.compare.bodyChange')}</h4>
          <div className="plan-diff">
            <DiffText runs={section.bodyDiff} />
          </div>
        </div>
      )}
    </article>
  );
}
