import { excerptOf, foldPolish } from './polish-text';

describe('foldPolish', () => {
  it.each([
    ['Węgierska Górka', 'wegierska gorka'],
    ['Łódź', 'lodz'],
    ['ŻÓŁĆ gęślą jaźń', 'zolc gesla jazn'],
    ['Radziechowy-Wieprz', 'radziechowy wieprz'],
    ['  Ujsoły ', 'ujsoly'],
  ])('%s → %s', (text, folded) => expect(foldPolish(text)).toBe(folded));

  it('folds composed and decomposed forms alike', () => {
    expect(foldPolish('Ujsoły'.normalize('NFD'))).toBe(foldPolish('Ujsoły'.normalize('NFC')));
  });
});

describe('excerptOf', () => {
  it('keeps a short text on one line and cuts a long one between characters', () => {
    expect(excerptOf('  Uwaga\n\nna dwa   wiersze ', 40)).toBe('Uwaga na dwa wiersze');
    expect(excerptOf('Żółć gęślą jaźń', 6)).toBe('Żółć…');
    expect(excerptOf('ab🚲🚲🚲', 4)).toBe('ab🚲…');
    expect(excerptOf(null, 10)).toBe('');
  });
});
