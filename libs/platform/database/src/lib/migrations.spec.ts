import { migrationOrderProblems } from './migrations';

describe('migrationOrderProblems', () => {
  it('accepts classes ending in distinct 13-digit timestamps', () => {
    expect(migrationOrderProblems([{ name: 'CreateGminaRegister1795627054260' }, { name: 'LoadTercRegister1795627054261' }])).toEqual([]);
  });

  it('names a class without a timestamp and two sharing one', () => {
    expect(
      migrationOrderProblems([{ name: 'CreateThings' }, { name: 'A1795627054260' }, { name: 'B1795627054260' }]),
    ).toEqual(['CreateThings does not end in a 13-digit timestamp', 'B1795627054260 and A1795627054260 share the timestamp 1795627054260']);
  });
});
