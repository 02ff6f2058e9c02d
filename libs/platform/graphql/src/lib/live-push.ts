import type { ExecutionResult } from 'graphql';

/**
 * A subscription's layers (the stream, its access guard, the shared execution, the socket)
 * are async iterators: an event goes up through each layer's next(), a few promises per
 * layer and subscriber, which 10,000 subscribers of one project pay 10,000 times per event.
 * An iterator that has this method can also hand its values to a sink synchronously: while
 * the consumer waits in next(), each layer passes its sink down (wrapped in what the layer
 * does to a value), and the source calls it with every value it has. A sink that cannot take
 * a value (an access change to re-check, a result with errors, a socket that is full) answers
 * false; the source then gives that value, and the ones after it, through next() as usual,
 * until the consumer waits again. So pushing only shortens the path, never reorders it.
 */
export const PUSH = Symbol('push');

/** Takes one value now, or answers false: the value then comes through next(). */
export type Sink<T> = (value: T) => boolean;

export interface Pushable<T> {
  [PUSH](sink: Sink<T>): void;
}

export function pushableOf<T>(iterator: unknown): Pushable<T> | undefined {
  return typeof iterator === 'object' && iterator !== null && typeof (iterator as Partial<Pushable<T>>)[PUSH] === 'function' ? (iterator as Pushable<T>) : undefined;
}

/** What a socket must offer to be written to directly (ws's WebSocket). */
export interface WritableSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: string): void;
}

const OPEN = 1;

/**
 * Above this many bytes waiting in a socket, values go through next() again, whose writes
 * wait for the socket: a slow reader falls behind on its own cursor rather than filling memory.
 */
export const SOCKET_HIGH_WATER_BYTES = 1024 * 1024;

/** What can hold writes back and send them together (the net.Socket under the WebSocket). */
export interface CorkableSocket {
  cork(): void;
  uncork(): void;
}

/** Bumped once per turn of the event loop in which anything was pushed: sends of one turn share it. */
let turn = 0;
let turnEnding = false;

function currentTurn(): number {
  if (!turnEnding) {
    turnEnding = true;
    process.nextTick(() => {
      turn += 1;
      turnEnding = false;
    });
  }
  return turn;
}

/**
 * The last results serialised, by identity: a shared result goes to every subscriber of its
 * shape one after another, so a few slots find it (a WeakMap entry per result would cost the
 * garbage collector more, for a client catching up through 100,000 results it alone gets).
 */
const SLOTS = 16;
const results: (object | undefined)[] = new Array(SLOTS);
const payloads: string[] = new Array(SLOTS);
let nextSlot = 0;

function payloadOf(result: ExecutionResult): string {
  for (let slot = 0; slot < SLOTS; slot += 1) if (results[slot] === result) return payloads[slot];
  const json = JSON.stringify(result);
  results[nextSlot] = result;
  payloads[nextSlot] = json;
  nextSlot = (nextSlot + 1) % SLOTS;
  return json;
}

/**
 * Writes a subscription's results straight to its socket as graphql-ws "next" messages (the
 * same bytes graphql-ws would send: only the id differs between subscribers, so the result
 * is serialised once and the id spliced in). Results with errors go through graphql-ws,
 * whose onNext formats them in the caller's language.
 */
export function pushToSocket(result: unknown, socket: WritableSocket | undefined, id: string, raw?: CorkableSocket): void {
  const source = pushableOf<ExecutionResult>(result);
  if (!source || !socket || typeof socket.send !== 'function') return;
  const prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  let sentInTurn = -1;
  let sends = 0;
  source[PUSH]((value) => {
    if (value.errors) return false;
    // As graphql-ws's own send: a socket that is closing is not written to.
    if (socket.readyState !== OPEN) return true;
    if (socket.bufferedAmount > SOCKET_HIGH_WATER_BYTES) return false;
    // A backlog pushed in one turn (a client catching up) leaves in one write, not one
    // system call per message; a single live event is written at once.
    const now = currentTurn();
    if (now !== sentInTurn) [sentInTurn, sends] = [now, 0];
    if (++sends === 2 && raw && typeof raw.cork === 'function') {
      raw.cork();
      process.nextTick(() => raw.uncork());
    }
    socket.send(`${prefix}${payloadOf(value)}}`);
    return true;
  });
}
