import { authorizedIterator } from './authorized-iterator';

async function* numbers(): AsyncGenerator<number> {
  for (let n = 1; ; n += 1) yield n;
}

describe('authorizedIterator', () => {
  afterEach(() => jest.useRealTimers());

  it('counts the check made at subscription as the first, and checks again once it is older than maxAge', async () => {
    jest.useFakeTimers({ now: 0 });
    const check = jest.fn(async () => undefined);
    const events = authorizedIterator(numbers(), check, 5_000);
    expect((await events.next()).value).toBe(1);
    jest.setSystemTime(5_000);
    expect((await events.next()).value).toBe(2);
    expect(check).not.toHaveBeenCalled();
    jest.setSystemTime(5_001);
    expect((await events.next()).value).toBe(3);
    expect(check).toHaveBeenCalledTimes(1);
    expect((await events.next()).value).toBe(4);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('ends the subscription with the error of a failed check', async () => {
    jest.useFakeTimers({ now: 0 });
    const source = numbers();
    const events = authorizedIterator(source, async () => {
      throw new Error('role taken away');
    });
    await events.next();
    jest.setSystemTime(10_000);
    await expect(events.next()).rejects.toThrow('role taken away');
    await expect(source.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
