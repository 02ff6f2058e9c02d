import { describe, expect, it } from 'vitest';
import { changedFields, conflictingFields, dayInput, draftOf, rebased, theirOnlyFields, updateInput } from './task-draft';

const BASE = { title: 'Regulamin', description: 'Pierwszy szkic', assigneeId: null, dueOn: '2026-12-31' };

describe('a task draft', () => {
  it('shows the due day as dd.mm.rrrr and reads it back', () => {
    expect(dayInput('2026-03-05')).toBe('05.03.2026');
    expect(dayInput(null)).toBe('');
    expect(changedFields(draftOf(BASE), BASE)).toEqual([]);
    expect(changedFields({ ...draftOf(BASE), due: '31.12.2026' }, BASE)).toEqual([]);
    expect(changedFields({ ...draftOf(BASE), due: '1.1.2027' }, BASE)).toEqual(['dueOn']);
  });

  it('sends only what changed, clearing with null', () => {
    const draft = { ...draftOf(BASE), title: '  Regulamin klubu ', due: '' };
    expect(changedFields(draft, BASE)).toEqual(['title', 'dueOn']);
    expect(updateInput('t1', draft, changedFields(draft, BASE), 3)).toEqual({ id: 't1', expectedVersion: 3, title: 'Regulamin klubu', dueOn: null });
  });

  it('on a conflict, sets apart what both changed from what only they changed, and keeps their changes when rebased', () => {
    const draft = { ...draftOf(BASE), title: 'Moja wersja' };
    const current = { ...BASE, title: 'Ich wersja', description: 'Ich opis' };
    expect(conflictingFields(draft, BASE, current)).toEqual(['title']);
    expect(theirOnlyFields(draft, BASE, current)).toEqual(['description']);
    const next = rebased(draft, BASE, current);
    expect(next).toEqual({ title: 'Moja wersja', description: 'Ich opis', assigneeId: '', due: '31.12.2026' });
    expect(changedFields(next, current)).toEqual(['title']);
    // The same change on both sides is no conflict.
    expect(conflictingFields(draft, BASE, { ...BASE, title: 'Moja wersja' })).toEqual([]);
  });
});
