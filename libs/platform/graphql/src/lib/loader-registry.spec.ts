import { alignByKey, groupByKey, LoaderRegistry } from './loader-registry';

describe('LoaderRegistry', () => {
  it('batches the loads of one request into one call, per loader', async () => {
    const registry = new LoaderRegistry();
    const owner = {};
    const calls: (readonly number[])[] = [];
    const batch = async (keys: readonly number[]) => {
      calls.push(keys);
      return keys.map((key) => key * 10);
    };
    const results = await Promise.all([1, 2, 3, 2].map((key) => registry.get(owner, batch).load(key)));
    expect(results).toEqual([10, 20, 30, 20]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('gives each request its own cache', async () => {
    let calls = 0;
    const owner = {};
    const batch = async (keys: readonly string[]) => keys.map(() => ++calls);
    expect(await new LoaderRegistry().get(owner, batch).load('a')).toBe(1);
    expect(await new LoaderRegistry().get(owner, batch).load('a')).toBe(2);
  });
});

describe('alignByKey and groupByKey', () => {
  const rows = [{ id: 'b', p: 'x' }, { id: 'a', p: 'x' }, { id: 'c', p: 'y' }];

  it('return rows in the order of the keys, null or [] where nothing matched', () => {
    expect(alignByKey(['a', 'z', 'b'], rows, (row) => row.id)).toEqual([rows[1], null, rows[0]]);
    expect(groupByKey(['y', 'x', 'q'], rows, (row) => row.p)).toEqual([[rows[2]], [rows[0], rows[1]], []]);
  });
});
