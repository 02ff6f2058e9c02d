import { changedFields, type SheetDraft, sheetFrom, updateInput } from './sheet-draft';

const project = { title: 'Żłobki', summary: 'Opis', thematicAreaId: 'area-1', readiness: 'IDEA' as const, startsOn: '2027-03-01', endsOn: null };

describe('the sheet draft', () => {
  it('types days day-first with dots, whatever the language', () => {
    expect(sheetFrom(project)).toEqual({ title: 'Żłobki', summary: 'Opis', thematicAreaId: 'area-1', readiness: 'IDEA', startsOn: '01.03.2027', endsOn: '' });
  });

  it('sends only what changed, as the API stores it', () => {
    const base = sheetFrom(project);
    const draft: SheetDraft = { ...base, title: '  Żłobki  ', startsOn: '1.3.2027', endsOn: '31.12.2028', thematicAreaId: '' };
    const fields = changedFields(draft, base);
    expect(fields).toEqual(['thematicAreaId', 'endsOn']);
    expect(updateInput('p1', draft, fields, 7)).toEqual({ id: 'p1', expectedVersion: 7, thematicAreaId: null, endsOn: '2028-12-31' });
  });
});
