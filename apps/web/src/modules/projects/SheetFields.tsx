import { type ProjectReadiness, type ProjectsPartnershipContextFragment } from './graphql.generated';
import { type Translate, useT } from '../../i18n/I18n';
import { parseDay } from '../../i18n/format';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { SelectField, TextAreaField } from '../../ui/fields';
import type { SheetDraft } from './sheet-draft';
import { READINESS_ORDER, readinessLabel } from './stages';

interface Props {
  readonly draft: SheetDraft;
  readonly onChange: (draft: SheetDraft) => void;
  readonly problem: ApiProblem | null;
  readonly thematicAreas: ProjectsPartnershipContextFragment['thematicAreas'];
  /** Prefixes the inputs' ids (and goes to the form's ErrorSummary), when a page has two forms. */
  readonly idPrefix?: string;
}

/** What the API would refuse in a sheet, said before sending. */
export function sheetProblems(draft: SheetDraft, t: Translate): { field: string; message: string }[] {
  const day = (field: 'startsOn' | 'endsOn') => (draft[field].trim() && !parseDay(draft[field]) ? [{ field, message: t('projects.form.dateInvalid') }] : []);
  return [...(draft.title.trim() ? [] : [{ field: 'title', message: t('projects.form.titleMissing') }]), ...day('startsOn'), ...day('endsOn')];
}

/** The sheet's inputs (fiszka): title, description and goals, area, readiness, period. */
export function SheetFields({ draft, onChange, problem, thematicAreas, idPrefix }: Props) {
  const { t, locale } = useT();
  const set = (change: Partial<SheetDraft>) => onChange({ ...draft, ...change });
  return (
    <>
      <TextField name="title" idPrefix={idPrefix} label={t('projects.form.title')} value={draft.title} onChange={(event) => set({ title: event.target.value })} error={errorFor(problem, 'title')} />
      <TextAreaField
        name="summary"
        idPrefix={idPrefix}
        label={t('projects.form.summary')}
        hint={t('projects.form.summaryHint')}
        value={draft.summary}
        rows={5}
        onChange={(event) => set({ summary: event.target.value })}
        error={errorFor(problem, 'summary')}
      />
      <SelectField
        name="thematicAreaId"
        idPrefix={idPrefix}
        label={t('projects.form.area')}
        value={draft.thematicAreaId}
        onChange={(event) => set({ thematicAreaId: event.target.value })}
        error={errorFor(problem, 'thematicAreaId')}
      >
        <option value="">{t('projects.form.areaNone')}</option>
        {thematicAreas.map((option) => (
          <option key={option.id} value={option.id}>
            {locale === 'en' ? (option.nameEn ?? option.namePl) : option.namePl}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="readiness"
        idPrefix={idPrefix}
        label={t('projects.form.readiness')}
        value={draft.readiness}
        onChange={(event) => set({ readiness: event.target.value as ProjectReadiness })}
        error={errorFor(problem, 'readiness')}
      >
        {READINESS_ORDER.map((option) => (
          <option key={option} value={option}>
            {readinessLabel(t, option)}
          </option>
        ))}
      </SelectField>
      <div className="project-form__dates">
        <TextField
          name="startsOn"
          idPrefix={idPrefix}
          label={t('projects.form.startsOn')}
          hint={t('projects.form.dateHint')}
          inputMode="numeric"
          value={draft.startsOn}
          onChange={(event) => set({ startsOn: event.target.value })}
          error={errorFor(problem, 'startsOn')}
        />
        <TextField
          name="endsOn"
          idPrefix={idPrefix}
          label={t('projects.form.endsOn')}
          hint={t('projects.form.dateHint')}
          inputMode="numeric"
          value={draft.endsOn}
          onChange={(event) => set({ endsOn: event.target.value })}
          error={errorFor(problem, 'endsOn')}
        />
      </div>
    </>
  );
}
