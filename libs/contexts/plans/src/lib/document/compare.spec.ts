import { compareSections, diffText, type WordChange } from './compare';
import type { Section } from './sections';

const section = (key: string, heading: string, body: string, level = 2): Omit<Section, 'position'> => ({ key, level, heading, body });
const revision = (...sections: Omit<Section, 'position'>[]): Section[] => sections.map((part, position) => ({ ...part, position }));
const spell = (changes: readonly WordChange[], kind: 'ADDED' | 'REMOVED') => changes.filter((change) => change.kind !== kind).map((change) => change.text).join('');

const preamble = section('s1', '', 'Projekt strategii do konsultacji społecznych.', 0);
const diagnosis = section('s2', 'Diagnoza', 'Gmina Rajcza i gmina Ujsoły tracą mieszkańców.');
const goals = section('s3', 'Cele strategiczne', '1. Zatrzymanie odpływu ludności.');
const directions = section('s4', 'Kierunki działań', 'Rozwój szlaków rowerowych.');
const implementation = section('s5', 'System wdrażania', 'Koordynuje Urząd Gminy Rajcza.');

const summary = (comparisons: ReturnType<typeof compareSections>) =>
  comparisons.map((comparison) => {
    const flags = (['added', 'removed', 'moved', 'changed'] as const).filter((flag) => comparison[flag]);
    return `${comparison.key}${flags.length > 0 ? ` ${flags.join(' ')}` : ''}`;
  });

describe('comparing two revisions section by section', () => {
  it('marks nothing when nothing changed, and gives no diffs', () => {
    const before = revision(preamble, diagnosis, goals);
    const comparisons = compareSections(before, revision(preamble, diagnosis, goals));
    expect(summary(comparisons)).toEqual(['s1', 's2', 's3']);
    expect(comparisons.every((comparison) => comparison.headingDiff.length === 0 && comparison.bodyDiff.length === 0)).toBe(true);
    expect(comparisons[1].before).toEqual(before[1]);
  });

  it('tells added, removed and changed sections apart, with a removed one where it stood', () => {
    const before = revision(preamble, diagnosis, goals, directions, implementation);
    const after = revision(preamble, { ...diagnosis, body: 'Gmina Rajcza, gmina Ujsoły i gmina Milówka tracą mieszkańców.' }, directions, section('s6', 'Finansowanie', 'FE SL 2021–2027.'), implementation);
    const comparisons = compareSections(before, after);
    expect(summary(comparisons)).toEqual(['s1', 's2 changed', 's3 removed', 's4', 's6 added', 's5']);
    const removed = comparisons[2];
    expect(removed.before?.heading).toBe('Cele strategiczne');
    expect(removed.after).toBeNull();
    expect(comparisons[4].before).toBeNull();
  });

  it('places removed sections that opened the revision first, in their old order', () => {
    const comparisons = compareSections(revision(preamble, diagnosis, goals), revision(goals));
    expect(summary(comparisons)).toEqual(['s1 removed', 's2 removed', 's3']);
  });

  it('marks only the section that moved, not every section after it', () => {
    const before = revision(preamble, diagnosis, goals, directions, implementation);
    expect(summary(compareSections(before, revision(preamble, implementation, diagnosis, goals, directions)))).toEqual(['s1', 's5 moved', 's2', 's3', 's4']);
    expect(summary(compareSections(before, revision(preamble, goals, directions, diagnosis, implementation)))).toEqual(['s1', 's3', 's4', 's2 moved', 's5']);
  });

  it('marks one of two swapped sections, the one moved up', () => {
    expect(summary(compareSections(revision(diagnosis, goals), revision(goals, diagnosis)))).toEqual(['s3 moved', 's2']);
  });

  it('marks a section both moved and changed, and a change of level alone as a change', () => {
    const before = revision(diagnosis, goals, directions);
    const after = revision({ ...directions, heading: 'Kierunki działań i projekty' }, diagnosis, { ...goals, level: 3 });
    const comparisons = compareSections(before, after);
    expect(summary(comparisons)).toEqual(['s4 moved changed', 's2', 's3 changed']);
    expect(comparisons[0].headingDiff).toEqual([
      { kind: 'SAME', text: 'Kierunki działań' },
      { kind: 'ADDED', text: ' i projekty' },
    ]);
    expect(comparisons[0].bodyDiff).toEqual([{ kind: 'SAME', text: 'Rozwój szlaków rowerowych.' }]);
    expect(comparisons[2].headingDiff).toEqual([{ kind: 'SAME', text: 'Cele strategiczne' }]);
  });

  it('diffs Polish words whole, diacritics included, and merges neighbouring parts of a kind', () => {
    const before = revision(diagnosis);
    const after = revision({ ...diagnosis, body: 'Gmina Rajcza, gmina Ujsoły i gmina Milówka tracą mieszkańców.' });
    const [comparison] = compareSections(before, after);
    expect(comparison.bodyDiff).toEqual([
      { kind: 'SAME', text: 'Gmina Rajcza' },
      { kind: 'ADDED', text: ',' },
      { kind: 'SAME', text: ' ' },
      { kind: 'ADDED', text: 'gmina Ujsoły ' },
      { kind: 'SAME', text: 'i gmina ' },
      { kind: 'REMOVED', text: 'Ujsoły' },
      { kind: 'ADDED', text: 'Milówka' },
      { kind: 'SAME', text: ' tracą mieszkańców.' },
    ]);
    expect(comparison.headingDiff).toEqual([{ kind: 'SAME', text: 'Diagnoza' }]);
  });

  it('never splits a word with ą, ć, ę, ł, ń, ó, ś, ź or ż', () => {
    const changes = diffText('Żółć gęślą jaźń, źdźbło; łąka.', 'Żółw gęślą jaźń, źdźbła; łąki.');
    const words = changes.flatMap((change) => change.text.split(/[\s,.;]+/)).filter((word) => word !== '');
    expect(words.sort()).toEqual(['gęślą', 'jaźń', 'łąka', 'łąki', 'Żółć', 'Żółw', 'źdźbła', 'źdźbło'].sort());
  });

  it('keeps every character: same and removed spell the old text, same and added the new one', () => {
    const oldText = 'Cele:\n\n1.  Turystyka   całoroczna\t🚵\n2. Drogi\r\n';
    const newText = 'Cele:\n1. Turystyka całoroczna 🚵🚵\n\n\n2. Drogi gminne';
    const changes = diffText(oldText, newText);
    expect(spell(changes, 'ADDED')).toBe(oldText);
    expect(spell(changes, 'REMOVED')).toBe(newText);
    for (let index = 1; index < changes.length; index++) expect(changes[index].kind).not.toBe(changes[index - 1].kind);
    expect(changes.every((change) => change.text !== '')).toBe(true);
  });

  it('shows a rewrite of a long body whole, removed then added, instead of diffing word by word', () => {
    const oldText = Array.from({ length: 3000 }, (_, index) => `stare${index}`).join(' ');
    const newText = Array.from({ length: 3000 }, (_, index) => `nowe${index}`).join(' ');
    expect(diffText(oldText, newText)).toEqual([
      { kind: 'REMOVED', text: oldText },
      { kind: 'ADDED', text: newText },
    ]);
  });

  it('diffs an emptied or a new body', () => {
    expect(diffText('Treść', '')).toEqual([{ kind: 'REMOVED', text: 'Treść' }]);
    expect(diffText('', 'Treść')).toEqual([{ kind: 'ADDED', text: 'Treść' }]);
    expect(diffText('', '')).toEqual([]);
  });
});
