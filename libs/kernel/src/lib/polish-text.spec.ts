import { foldPolish } from './polish-text';

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
