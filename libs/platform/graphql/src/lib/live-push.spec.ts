import type { ExecutionResult } from 'graphql';
import { PUSH, pushToSocket, type Sink, SOCKET_HIGH_WATER_BYTES } from './live-push';

/** A source that keeps the sink it is given, as a subscription's layers do. */
function source() {
  const held: { sink?: Sink<ExecutionResult> } = {};
  return { held, result: { [PUSH]: (sink: Sink<ExecutionResult>) => (held.sink = sink) } };
}

function socket() {
  const sent: string[] = [];
  return { sent, readyState: 1, bufferedAmount: 0, send: (data: string) => void sent.push(data) };
}

describe('pushToSocket', () => {
  it('writes graphql-ws "next" messages, each result serialised once for every subscriber', () => {
    const shared: ExecutionResult = { data: { projectTaskChanges: { seq: 7, action: 'updated', subjectId: 'ż' } } };
    const stringify = jest.spyOn(JSON, 'stringify');
    const sockets = [socket(), socket()];
    const sources = sockets.map((open, i) => {
      const pushed = source();
      pushToSocket(pushed.result, open, String(i + 1));
      return pushed;
    });
    stringify.mockClear();
    expect(sources.map(({ held }) => held.sink?.(shared))).toEqual([true, true]);
    expect(stringify).toHaveBeenCalledTimes(1);
    stringify.mockRestore();
    sockets.forEach((open, i) => expect(open.sent).toEqual([JSON.stringify({ id: String(i + 1), type: 'next', payload: shared })]));
  });

  it('leaves results with errors, and a full socket, to graphql-ws; a closed socket is written nothing', () => {
    const open = socket();
    const pushed = source();
    pushToSocket(pushed.result, open, '1');
    expect(pushed.held.sink?.({ errors: [], data: null } as unknown as ExecutionResult)).toBe(false);
    open.bufferedAmount = SOCKET_HIGH_WATER_BYTES + 1;
    expect(pushed.held.sink?.({ data: {} })).toBe(false);
    open.bufferedAmount = 0;
    open.readyState = 3;
    expect(pushed.held.sink?.({ data: {} })).toBe(true);
    expect(open.sent).toEqual([]);
  });

  it('sends what is pushed in one turn in one write', async () => {
    const open = socket();
    const raw = { corked: 0, cork: () => (raw.corked += 1), uncork: () => (raw.corked -= 1) };
    const pushed = source();
    pushToSocket(pushed.result, open, '1', raw);
    pushed.held.sink?.({ data: { n: 1 } });
    expect(raw.corked).toBe(0);
    for (let n = 2; n <= 100; n += 1) pushed.held.sink?.({ data: { n } });
    expect(raw.corked).toBe(1);
    await new Promise((resolve) => process.nextTick(resolve));
    expect(raw.corked).toBe(0);
    expect(open.sent).toHaveLength(100);
  });
});
