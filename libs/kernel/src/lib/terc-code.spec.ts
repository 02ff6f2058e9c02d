import { GminaType, parseGminaTerc, tercProblem } from './terc-code';

describe('gmina TERC codes', () => {
  it.each([
    ['2417112', '24', '2417', GminaType.RURAL], // Rajcza
    ['2461011', '24', '2461', GminaType.URBAN], // Bielsko-Biała, city with county rights
    ['1465011', '14', '1465', GminaType.URBAN], // Warszawa
    ['0201033', '02', '0201', GminaType.URBAN_RURAL],
  ])('splits %s into its parts', (code, voivodeship, powiat, type) => {
    expect(parseGminaTerc(code)).toEqual({
      code,
      voivodeshipCode: voivodeship,
      powiatCode: powiat,
      type,
    });
  });

  it.each([
    ['241711', 'not seven digits'],
    ['24171122', 'not seven digits'],
    ['24l7112', 'not seven digits'],
    [' 2417112', 'not seven digits'],
    ['2517112', 'unknown voivodeship part'], // voivodeship codes are even
    ['3417112', 'unknown voivodeship part'],
    ['2400112', 'unknown powiat part'],
    ['2440112', 'unknown powiat part'], // 39-60 are not used
    ['2417002', 'gmina part must be 01-99'],
    ['2417114', 'not a gmina type (last digit must be 1, 2 or 3)'], // town part of a gmina
    ['1465018', 'not a gmina type (last digit must be 1, 2 or 3)'], // Warsaw district
  ])('rejects %s: %s', (code, problem) => {
    expect(tercProblem(code)).toBe(problem);
    expect(() => parseGminaTerc(code)).toThrow(problem);
  });
});
