import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { ProjectsSetBudgetDocument, type ProjectsSheetFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { type BudgetDraft, budgetFromProject, budgetInput, budgetProblemOnInputs, budgetProblems, type Member, shareField, TOTAL_FIELD } from './budget-draft';
import { budgetDifferences } from './budget-diff';
import { BudgetFields } from './BudgetFields';

interface Props {
  readonly project: ProjectsSheetFragment;
  readonly members: readonly Member[];
  /** Reloads the project; answers it as it is now. */
  readonly refetch: () => Promise<ProjectsSheetFragment | undefined>;
  readonly onSaved: () => void;
  readonly onCancel: () => void;
}

/**
 * Changing the budget (setProjectBudget) from the version the editor opened at. When someone
 * saved meanwhile the API answers CONFLICT: the draft stays, and the panel shows theirs against
 * it, to save it over theirs (at their version) or take theirs.
 */
export function BudgetEditor({ project, members, refetch, onSaved, onCancel }: Props) {
  const { t, money } = useT();
  const [draft, setDraft] = useState<BudgetDraft>(() => budgetFromProject(project));
  const [theirs, setTheirs] = useState<{
    draft: BudgetDraft;
    version: number;
  } | null>(null);
  const [sentTercs, setSentTercs] = useState<string[]>([]);
  // The version this draft is based on: read when saving, moved on by "save mine" or "take theirs".
  const expectedVersion = useRef(project.version);
  const [save] = useMutation(ProjectsSetBudgetDocument);

  const { problem, setProblem, pending, run } = useFormSubmit(async () => {
    const { input, tercs } = budgetInput(draft, members);
    setSentTercs(tercs);
    try {
      await save({
        variables: {
          input: {
            projectId: project.id,
            expectedVersion: expectedVersion.current,
            budget: input,
          },
        },
      });
      setTheirs(null);
      onSaved();
    } catch (error) {
      const refused = apiProblem(error, t);
      const currentVersion = refused.extensions['currentVersion'];
      if (refused.code === 'CONFLICT' && typeof currentVersion === 'number') {
        const fresh = await refetch();
        setTheirs({
          draft: fresh ? budgetFromProject(fresh) : draft,
          version: fresh?.version ?? currentVersion,
        });
      }
      throw error;
    }
  });
  const shown = budgetProblemOnInputs(problem, sentTercs);
  const conflict = problem?.code === 'CONFLICT' && theirs ? problem : null;

  const check = () => localProblem(budgetProblems(draft, members, t));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(check());
  };
  const saveMine = () => {
    if (!theirs) return;
    expectedVersion.current = theirs.version;
    void run(check());
  };
  const takeTheirs = () => {
    if (!theirs) return;
    expectedVersion.current = theirs.version;
    setDraft(theirs.draft);
    setTheirs(null);
    setProblem(null);
  };
  // Going on with the draft, the reader has seen theirs: the next save is on top of it.
  const editOn = () => {
    if (!theirs) return;
    expectedVersion.current = theirs.version;
    setTheirs(null);
    setProblem(null);
  };
  const labels = {
    [TOTAL_FIELD]: t('projects.form.totalCost'),
    ...Object.fromEntries(members.map((member) => [shareField(member.gmina.terc), t('projects.form.share', { gmina: member.gmina.name })])),
  };

  return (
    <form onSubmit={onSubmit} noValidate className="budget-editor card" aria-labelledby="budget-editor-title">
      <h3 id="budget-editor-title">{t('projects.budgetEdit.title')}</h3>
      {conflict && theirs ? (
        <ConflictPanel headingLevel={4} fields={budgetDifferences(theirs.draft, draft, members, t, money)} onKeepMine={saveMine} onTakeTheirs={takeTheirs} onEdit={editOn} pending={pending} />
      ) : (
        <ErrorSummary problem={shown} labels={labels} />
      )}
      <BudgetFields draft={draft} onChange={setDraft} members={members} problem={conflict ? null : shown} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('projects.budgetEdit.saving') : t('projects.budgetEdit.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('projects.budgetEdit.cancel')}
        </button>
      </div>
    </form>
  );
}
