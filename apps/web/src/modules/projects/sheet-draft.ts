import { type ProjectReadiness, type ProjectsSheetFragment, type UpdateProjectInput } from './graphql.generated';
import { formatDay, parseDay } from '../../i18n/format';

/** The sheet as its editor holds it: days as typed ("31.12.2027"), no area as "". */
export interface SheetDraft {
  readonly title: string;
  readonly summary: string;
  readonly thematicAreaId: string;
  readonly readiness: ProjectReadiness;
  readonly startsOn: string;
  readonly endsOn: string;
}

export type SheetField = keyof SheetDraft;
export const SHEET_FIELDS: readonly SheetField[] = ['title', 'summary', 'thematicAreaId', 'readiness', 'startsOn', 'endsOn'];

// Days are typed day-first with dots in either language (the field's hint says so).
const typedDay = (day: string | null) => (day ? formatDay(day, 'pl') : '');

export function sheetFrom(project: Pick<ProjectsSheetFragment, SheetField>): SheetDraft {
  return {
    title: project.title,
    summary: project.summary,
    thematicAreaId: project.thematicAreaId ?? '',
    readiness: project.readiness,
    startsOn: typedDay(project.startsOn),
    endsOn: typedDay(project.endsOn),
  };
}

/** A field's value as the API would store it, to tell a real change from retyping. */
function stored(draft: SheetDraft, field: SheetField): string | null {
  const value = draft[field];
  if (field === 'startsOn' || field === 'endsOn') return value.trim() ? (parseDay(value) ?? value.trim()) : null;
  if (field === 'thematicAreaId') return value || null;
  return field === 'title' ? value.trim() : value;
}

export function differs(a: SheetDraft, b: SheetDraft, field: SheetField): boolean {
  return stored(a, field) !== stored(b, field);
}

export function changedFields(draft: SheetDraft, base: SheetDraft): SheetField[] {
  return SHEET_FIELDS.filter((field) => differs(draft, base, field));
}

/** Only the changed fields: the API leaves the others as they are (someone else's changes stay). */
export function updateInput(id: string, draft: SheetDraft, fields: readonly SheetField[], expectedVersion: number): UpdateProjectInput {
  const input: UpdateProjectInput = { id, expectedVersion };
  for (const field of fields) {
    const value = stored(draft, field);
    if (field === 'readiness') input.readiness = draft.readiness;
    else if (field === 'title' || field === 'summary') input[field] = value ?? '';
    else input[field] = value;
  }
  return input;
}
