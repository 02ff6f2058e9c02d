import { type AdvisoryActivityDetailsFragment } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import { conflictOf } from './activity-conflict';
import { checkDraft, createInputOf, differingFields, draftOf, emptyDraft, parseCount, parseTime, updateInputOf } from './activity-draft';

const t: Translate = (id, values) => (values ? `${id} ${JSON.stringify(values)}` : id);

const filled = {
  ...emptyDraft('2026-03-16', 'pl'),
  kind: 'CONSULTATION' as const,
  title: ' Konsultacja projektu strategii ',
  startsAt: '9:30',
  gminas: [
    { terc: '3262011', name: 'Szczecin', participants: '3' },
    { terc: '3211043', name: 'Płoty', participants: ' 2 ' },
  ],
  place: 'Szczecin, ul. Korsarzy 34',
};

describe('an activity as the consultant types it', () => {
  it('starts today, on site, with nothing else filled in', () => {
    expect(emptyDraft('2026-03-16', 'pl')).toMatchObject({ heldOn: '16.03.2026', format: 'ON_SITE', gminas: [] });
  });

  it('reads times and counts as people type them', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime('24:00')).toBeNull();
    expect(parseCount(' 1 200 ')).toBe(1200);
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('2,5')).toBeNull();
  });

  it('names every field it would refuse, the gminas by their place in the list', () => {
    const errors = checkDraft({ ...filled, kind: '', title: '', heldOn: '30.02.2026', durationMinutes: '2000', format: 'HYBRID', place: '', link: 'spotkanie', gminas: [{ terc: '1', name: 'Rajcza', participants: 'trzy' }] }, 'RECORDED', t).map((error) => error.field);
    expect(errors).toEqual(['kind', 'title', 'heldOn', 'durationMinutes', 'place', 'link', 'gminas.0.participants']);
  });

  it('lets a draft go without gminas but not a recorded activity', () => {
    const none = { ...filled, gminas: [] };
    expect(checkDraft(none, 'DRAFT', t)).toEqual([]);
    expect(checkDraft(none, 'RECORDED', t).map((error) => error.field)).toEqual(['gminas']);
  });

  it('sends what the API takes: a LocalDate, counts as numbers, the team left to an engagement', () => {
    const input = createInputOf({ ...filled, teamId: 'team', engagementId: 'engagement', followUps: ['Zebrać dane', '  '] }, 'programme', 'RECORDED');
    expect(input).toMatchObject({ programmeId: 'programme', kind: 'CONSULTATION', title: 'Konsultacja projektu strategii', heldOn: '2026-03-16', startsAt: '09:30', link: null, teamId: null, engagementId: 'engagement', status: 'RECORDED', followUps: ['Zebrać dane'] });
    expect(input.gminas).toEqual([
      { terc: '3262011', participants: 3 },
      { terc: '3211043', participants: 2 },
    ]);
    expect('durationMinutes' in input).toBe(false);
  });

  it('sends on an edit only what changed, so a retry after a conflict overwrites nothing else', () => {
    const changed = { ...filled, title: 'Nowy tytuł', gminas: [...filled.gminas, { terc: '3204023', name: 'Goleniów', participants: '1' }] };
    const input = updateInputOf(filled, changed, 'a1', 7, 'RECORDED');
    expect(input).toEqual({ id: 'a1', expectedVersion: 7, status: 'RECORDED', title: 'Nowy tytuł', gminas: [{ terc: '3262011', participants: 3 }, { terc: '3211043', participants: 2 }, { terc: '3204023', participants: 1 }] });
    expect(updateInputOf(filled, { ...filled, format: 'ONLINE', link: 'https://spotkanie.example/x' }, 'a1', 7, 'DRAFT')).toEqual({ id: 'a1', expectedVersion: 7, status: 'DRAFT', format: 'ONLINE', place: null, link: 'https://spotkanie.example/x' });
  });

  it('compares their version and the draft field by field', () => {
    const activity = {
      kind: 'CONSULTATION',
      title: 'Konsultacja',
      heldOn: '2026-03-16',
      startsAt: null,
      durationMinutes: 60,
      format: 'ON_SITE',
      place: 'Szczecin',
      link: null,
      topicId: null,
      engagementId: null,
      teamId: 'team',
      outcome: '',
      gminas: [{ participants: 4, gmina: { id: 'g', terc: '3262011', name: 'Szczecin' } }],
    } as unknown as AdvisoryActivityDetailsFragment;
    const theirs = draftOf(activity, 'pl');
    expect(theirs.heldOn).toBe('16.03.2026');
    expect(differingFields(theirs, { ...theirs, title: 'Inna', gminas: [{ terc: '3262011', name: 'Szczecin', participants: '5' }] })).toEqual(['title', 'gminas']);
  });
});

describe('a conflict as the reader sees it', () => {
  const programme = { topics: [], teams: [] } as unknown as Parameters<typeof conflictOf>[3]['programme'];
  const labels = { title: 'Tytuł', outcome: 'Ustalenia i notatki', gminas: 'Gminy' };

  it('sets their version against the reader’s changes, and names what only they changed as kept', () => {
    const original = { ...filled, outcome: 'Stare ustalenia' };
    const theirs = { ...original, title: 'Ich tytuł', outcome: 'Ich ustalenia' };
    const yours = { ...original, outcome: 'Moje ustalenia', gminas: [filled.gminas[0]] };
    const { fields, kept } = conflictOf(original, theirs, yours, { programme, engagements: [], labels, t });
    expect(fields).toEqual([
      { name: 'gminas', label: 'Gminy', theirs: 'Szczecin: 3; Płoty: 2', yours: 'Szczecin: 3' },
      { name: 'outcome', label: 'Ustalenia i notatki', theirs: 'Ich ustalenia', yours: 'Moje ustalenia' },
    ]);
    expect(kept).toEqual(['Tytuł']);
  });
});
