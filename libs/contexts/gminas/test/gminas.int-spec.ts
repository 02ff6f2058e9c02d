import { foldPolish, tercProblem } from '@wspolnie/kernel';
import { encodeCursor } from '@wspolnie/platform-pagination';
import { createTestApp, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { GminasModule, GminasService, gminasMigrations } from '../src';

const GMINAS = `
  query Gminas($first: Int, $after: String, $filter: GminaFilter) {
    gminas(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { terc name type powiat { code name isCity } voivodeship { code name } } }
    }
  }`;

describe('gmina register (GraphQL over a migrated PostgreSQL)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ imports: [GminasModule], migrations: gminasMigrations });
  });
  afterAll(() => api?.close());

  const names = (result: any): string[] => {
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.gminas.edges.map((edge: any) => edge.node.name);
  };

  it('holds every gmina of the 2024-01-01 register, each with a valid TERC code', async () => {
    const rows: { terc: string; type: string }[] = await api.dataSource.query('SELECT terc, type FROM gmina');
    expect(rows).toHaveLength(2477);
    expect(rows.filter((row) => tercProblem(row.terc) !== null)).toEqual([]);
    const byType = rows.reduce<Record<string, number>>((count, row) => ({ ...count, [row.type]: (count[row.type] ?? 0) + 1 }), {});
    expect(byType).toEqual({ URBAN: 302, RURAL: 1464, URBAN_RURAL: 711 });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM powiat')).toEqual([{ n: 380 }]);
  });

  it('looks a gmina up by TERC code, keeping its diacritics', async () => {
    const result = await api.gql(`{ gmina(terc: "2417152") { terc name type registerDate powiat { name } voivodeship { name } } }`);
    expect(result).toEqual({
      data: {
        gmina: {
          terc: '2417152',
          name: 'Węgierska Górka',
          type: 'RURAL',
          registerDate: '2024-01-01',
          powiat: { name: 'żywiecki' },
          voivodeship: { name: 'śląskie' },
        },
      },
    });
  });

  it.each([
    ['241715', 'not seven digits'],
    ['2517152', 'unknown voivodeship part'],
    ['2417154', 'not a gmina type'],
  ])('refuses the malformed code %s as BAD_USER_INPUT', async (terc, reason) => {
    const error = onlyError(await api.gql(`query ($terc: String!) { gmina(terc: $terc) { name } }`, { terc }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'terc' });
    expect(error.message).toContain(reason);
  });

  it('answers NOT_FOUND for a well-formed code that is not in the register', async () => {
    const error = onlyError(await api.gql(`{ gmina(terc: "2417992") { name } }`));
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Gmina with TERC code 2417992 does not exist.');
  });

  it('answers in Polish when asked to', async () => {
    const pl = { 'accept-language': 'pl-PL,pl;q=0.9' };
    const malformed = onlyError(await api.gql(`{ gmina(terc: "241715") { name } }`, undefined, pl));
    expect(malformed.message).toBe('„241715” nie jest kodem TERC gminy: kod musi mieć siedem cyfr.');
    expect(malformed.extensions?.['fields']).toEqual([{ field: 'terc', message: malformed.message }]);
    const unknown = onlyError(await api.gql(`{ gmina(terc: "2417992") { name } }`, undefined, pl));
    expect(unknown.message).toBe('Gmina o kodzie TERC 2417992 nie istnieje.');
    const search = onlyError(await api.gql(GMINAS, { filter: { search: ' - ' } }, pl));
    expect(search.message).toBe('search musi zawierać literę lub cyfrę.');
    const powiat = onlyError(await api.gql(GMINAS, { filter: { powiatCode: '24' } }, pl));
    expect(powiat).toMatchObject({ message: 'powiatCode musi składać się z czterech cyfr, np. „2417”.', extensions: { field: 'filter.powiatCode' } });
  });

  it.each([
    ['wegierska', ['Węgierska Górka']],
    ['WĘGIERSKA', ['Węgierska Górka']],
    ['gorka', ['Węgierska Górka']],
    ['ujsoly', ['Ujsoły']],
    ['wieprz', ['Radziechowy-Wieprz']],
    ['radziechowy-w', ['Radziechowy-Wieprz']],
  ])('finds "%s" without caring about case or diacritics', async (search, expected) => {
    const result = await api.gql(GMINAS, { filter: { search, powiatCode: '2417' } });
    expect(names(result)).toEqual(expected);
  });

  it('finds Łódź from "lodz" first, then names starting so, then names with a later word starting so', async () => {
    const result = await api.gql(GMINAS, { first: 100, filter: { search: 'lodz' } });
    const found = names(result);
    expect(found[0]).toBe('Łódź');
    expect(found).toContain('Aleksandrów Łódzki');
    expect(
      found.every((name) =>
        foldPolish(name)
          .split(' ')
          .some((word) => word.startsWith('lodz')),
      ),
    ).toBe(true);
    const tier = (name: string) => (foldPolish(name) === 'lodz' ? 0 : foldPolish(name).startsWith('lodz') ? 1 : 2);
    const ranked = [...found].sort((a, b) => tier(a) - tier(b) || new Intl.Collator('pl').compare(a, b));
    expect(found).toEqual(ranked);
    expect(found.indexOf('Łódź')).toBeLessThan(found.indexOf('Aleksandrów Łódzki'));
  });

  it('ranks the exact name first: "BIAŁA" gives Biała, then Biała Podlaska and the names starting so, then later words', async () => {
    const found = names(await api.gql(GMINAS, { first: 100, filter: { search: 'BIAŁA' } }));
    expect(found[0]).toBe('Biała');
    expect(found.slice(0, found.lastIndexOf('Biała') + 1).every((name) => name === 'Biała')).toBe(true);
    expect(found.indexOf('Biała Podlaska')).toBeGreaterThan(found.lastIndexOf('Biała'));
    const later = found.findIndex((name) => !foldPolish(name).startsWith('biala'));
    expect(later).toBeGreaterThan(found.indexOf('Biała Podlaska'));
  });

  it('pages a ranked search with cursors that keep the rank, without gaps or repeats', async () => {
    const all = names(await api.gql(GMINAS, { first: 100, filter: { search: 'nowa' } }));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await api.gql(GMINAS, { first: 3, after, filter: { search: 'nowa' } });
      seen.push(...names(result));
      if (!result.data.gminas.pageInfo.hasNextPage) break;
      after = result.data.gminas.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const unranked = (await api.gql(GMINAS, { first: 1, filter: { powiatCode: '2417' } })) as any;
    const error = onlyError(await api.gql(GMINAS, { first: 3, after: unranked.data.gminas.pageInfo.endCursor, filter: { search: 'nowa' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('treats LIKE wildcards in a search as plain characters', async () => {
    const result = await api.gql(GMINAS, { filter: { search: '%' } });
    expect(result.data?.gminas.totalCount).toBe(0);
  });

  it('filters by voivodeship, powiat and type together', async () => {
    const result = await api.gql(GMINAS, { first: 100, filter: { voivodeshipCode: '24', powiatCode: '2417', type: 'RURAL' } });
    expect(result.data?.gminas.totalCount).toBe(14);
    expect(names(result)).toEqual(expect.arrayContaining(['Rajcza', 'Ujsoły', 'Milówka', 'Węgierska Górka', 'Radziechowy-Wieprz']));
    expect(names(result)).not.toContain('Żywiec');
  });

  it('orders with Polish collation (Ł after L, Ż last)', async () => {
    const result = await api.gql(GMINAS, { first: 100, filter: { powiatCode: '2417' } });
    const found = names(result);
    expect(found).toEqual([...found].sort(new Intl.Collator('pl').compare));
    expect(found.at(-1)).toBe('Żywiec');
  });

  describe('pagination', () => {
    it('walks a filter page by page with first/after, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: any = await api.gql(GMINAS, { first: 4, after, filter: { powiatCode: '2417' } });
        const connection = result.data.gminas;
        seen.push(...names(result));
        pages += 1;
        expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(pages).toBe(4); // 15 gminas in pages of 4
      expect(seen).toHaveLength(15);
      expect(new Set(seen).size).toBe(15);
    });

    it('answers an empty filter with an empty page, not an error', async () => {
      const result = await api.gql(GMINAS, { filter: { search: 'qqqq' } });
      expect(result.data?.gminas).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: [],
      });
    });

    it('gives an empty last page after the last cursor', async () => {
      const all: any = await api.gql(GMINAS, { first: 100, filter: { powiatCode: '2417' } });
      const last = all.data.gminas.pageInfo.endCursor;
      const result = await api.gql(GMINAS, { first: 5, after: last, filter: { powiatCode: '2417' } });
      expect(result.data?.gminas.edges).toEqual([]);
      expect(result.data?.gminas.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    });

    it.each([
      [{ first: 101 }, 'first', 'first must be between 0 and 100.'],
      [{ first: -1 }, 'first', 'first must be between 0 and 100.'],
      [{ after: 'garbage' }, 'after', 'after is not a cursor this list gave out; start again without it.'],
      [{ after: encodeCursor(['Rajcza']) }, 'after', 'after is not a cursor this list gave out; start again without it.'],
      [{ after: encodeCursor([42, 2417112]) }, 'after', 'after is not a cursor this list gave out; start again without it.'],
    ])('refuses %j as BAD_USER_INPUT on %s', async (variables, field, message) => {
      const error = onlyError(await api.gql(GMINAS, variables));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(error.message).toBe(message);
    });
  });

  it('refuses an over-long search, and one with nothing to search for', async () => {
    const error = onlyError(await api.gql(GMINAS, { filter: { search: 'a'.repeat(101) } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(error.message).toBe('search must be 1 to 100 characters long.');
    const blank = onlyError(await api.gql(GMINAS, { filter: { search: ' - ' } }));
    expect(blank).toMatchObject({ message: 'search must contain a letter or a digit.', extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' } });
  });

  it('records a population with its date and source', async () => {
    await api.app.get(GminasService).recordPopulation('2417112', { population: 8709, asOf: '2020-12-31', source: 'GUS' });
    const result = await api.gql(`{ gmina(terc: "2417112") { population populationAsOf populationSource } }`);
    expect(result.data?.gmina).toEqual({ population: 8709, populationAsOf: '2020-12-31', populationSource: 'GUS' });
  });

  it('reads a page of gminas with their powiats and voivodeships in a bounded number of statements', async () => {
    const small = await api.countStatements(() => api.gql(GMINAS, { first: 2 }));
    const large = await api.countStatements(() => api.gql(GMINAS, { first: 100 }));
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(2); // the page, and the count
  });
});
