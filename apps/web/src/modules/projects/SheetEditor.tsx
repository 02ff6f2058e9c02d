import { useMutation } from '@apollo/client/react';
import { type FormEvent, useRef, useState } from 'react';
import { type ProjectsPartnershipContextFragment, type ProjectsSheetFragment, ProjectsUpdateProjectDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { type ConflictField, ConflictPanel } from '../../ui/ConflictPanel';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { changedFields, differs, type SheetDraft, type SheetField, sheetFrom, updateInput } from './sheet-draft';
import { SheetFields, sheetProblems } from './SheetFields';
import { readinessLabel } from './stages';

const FORM = 'sheet';

interface Props {
  readonly project: ProjectsSheetFragment;
  readonly thematicAreas: ProjectsPartnershipContextFragment['thematicAreas'];
  readonly refetch: () => Promise<ProjectsSheetFragment | undefined>;
  /** Closes the editor, saying how it ended. */
  readonly onDone: (outcome: 'saved' | 'unchanged' | 'cancelled') => void;
}

/**
 * Editing the sheet (updateProject) from the version it opened at, sending only what changed. A
 * stale version keeps the draft and shows, for each field both sides changed, theirs and yours.
 */
export function SheetEditor({ project, thematicAreas, refetch, onDone }: Props) {
  const { t, locale } = useT();
  const [draft, setDraft] = useState<SheetDraft>(() => sheetFrom(project));
  // What the draft started from; its changes are what is sent.
  const [base] = useState(() => sheetFrom(project));
  // The version the draft is sent on top of: moved on once the reader has seen theirs.
  const version = useRef(project.version);
  const [theirs, setTheirs] = useState<{ sheet: SheetDraft; version: number } | null>(null);
  const [update] = useMutation(ProjectsUpdateProjectDocument);

  const send = async (fields: readonly SheetField[], version: number) => {
    try {
      await update({ variables: { input: updateInput(project.id, draft, fields, version) } });
      onDone('saved');
    } catch (error) {
      const refused = apiProblem(error, t);
      const currentVersion = refused.extensions['currentVersion'];
      if (refused.code === 'CONFLICT' && typeof currentVersion === 'number') {
        const fresh = await refetch();
        setTheirs({ sheet: fresh ? sheetFrom(fresh) : base, version: fresh?.version ?? currentVersion });
      }
      throw error;
    }
  };
  const { problem, setProblem, pending, run } = useFormSubmit(async () => {
    const fields = changedFields(draft, base);
    if (!fields.length) return onDone('unchanged');
    await send(fields, version.current);
  });
  const conflict = problem?.code === 'CONFLICT' && theirs ? theirs : null;

  const shownAs = (sheet: SheetDraft, field: SheetField): string => {
    if (field === 'readiness') return readinessLabel(t, sheet.readiness);
    if (field === 'thematicAreaId') {
      const area = thematicAreas.find((candidate) => candidate.id === sheet.thematicAreaId);
      return area ? (locale === 'en' ? (area.nameEn ?? area.namePl) : area.namePl) : '';
    }
    return sheet[field];
  };
  const labels: Record<SheetField, string> = {
    title: t('projects.form.title'),
    summary: t('projects.form.summary'),
    thematicAreaId: t('projects.form.area'),
    readiness: t('projects.form.readiness'),
    startsOn: t('projects.form.startsOn'),
    endsOn: t('projects.form.endsOn'),
  };
  const mine = changedFields(draft, base);
  const conflictFields: ConflictField[] = conflict
    ? mine.filter((field) => differs(conflict.sheet, draft, field)).map((field) => ({ name: field, label: labels[field], theirs: shownAs(conflict.sheet, field), yours: shownAs(draft, field) }))
    : [];
  const kept = conflict
    ? changedFields(conflict.sheet, base)
        .filter((field) => !mine.includes(field))
        .map((field) => labels[field])
    : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(sheetProblems(draft, t)));
  };
  const seenTheirs = () => {
    if (!conflict) return;
    version.current = conflict.version;
    setTheirs(null);
    setProblem(null);
  };
  const keepMine = () => {
    if (!conflict) return;
    version.current = conflict.version;
    void run();
  };

  return (
    <form id={FORM} onSubmit={onSubmit} noValidate className="sheet-editor card" aria-labelledby="sheet-editor-title">
      <h3 id="sheet-editor-title">{t('projects.sheetEdit.title')}</h3>
      {conflict ? (
        <ConflictPanel
          headingLevel={4}
          fields={conflictFields}
          kept={kept}
          pending={pending}
          // Their other changes stay: only the reader's changed fields go, on top of their version.
          onKeepMine={keepMine}
          onTakeTheirs={() => onDone('cancelled')}
          onEdit={seenTheirs}
        />
      ) : (
        <ErrorSummary problem={problem} idPrefix={FORM} labels={labels} />
      )}
      <SheetFields draft={draft} onChange={setDraft} problem={conflict ? null : problem} thematicAreas={thematicAreas} idPrefix={FORM} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('projects.sheetEdit.saving') : t('projects.sheetEdit.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone('cancelled')}>
          {t('projects.budgetEdit.cancel')}
        </button>
      </div>
    </form>
  );
}
