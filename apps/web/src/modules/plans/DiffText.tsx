import { type WordChangeKind } from './graphql.generated';
import { useT } from '../../i18n/I18n';

/** A word-level diff: added runs in <ins>, removed in <del>, each named in words for screen readers. */
export function DiffText({ runs }: { runs: readonly { readonly kind: WordChangeKind; readonly text: string }[] }) {
  const { t } = useT();
  return (
    <>
      {runs.map((run, index) => {
        if (run.kind === 'SAME') return <span key={index}>{run.text}</span>;
        const Tag = run.kind === 'ADDED' ? 'ins' : 'del';
        return (
          <Tag key={index}>
            <span className="visually-hidden">[{t(`plans.diff.${run.kind}`)} </span>
            {run.text}
            <span className="visually-hidden">, {t('plans.diff.end')}]</span>
          </Tag>
        );
      })}
    </>
  );
}
