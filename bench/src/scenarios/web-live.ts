import type { Page } from 'playwright-core';
import { sleep, until } from '../stats';
import { BROKEN_AFTER_MS, graphqlTimings, MOVE_MUTATION } from './web-page';

/** The columns' names in the board's move menu (apps/web/src/modules/board/messages.ts, Polish). */
const COLUMN_NAMES: Record<string, string> = { TODO: 'Do zrobienia', IN_PROGRESS: 'W toku', BLOCKED: 'Wstrzymane', DONE: 'Zrobione' };
/** Moves measured: each is a full round of both browsers, so a handful gives a stable median. */
export const LIVE_MOVES = 10;

export interface LiveMoves {
  /** Per move: from the key press in A to the frame in which B shows the card in its new column. */
  readonly latencies: number[];
  /** Per move: the moveTask request as A saw it (sending to last byte of the answer). */
  readonly roundTrips: number[];
}

/**
 * Browser A moves one task back and forth between its column and another through the card's
 * "Przenieś…" menu, from the keyboard; browser B, on the same board, only watches. Both pages
 * must show the board, live. The times are Date.now() in each page: one machine, one clock.
 */
export async function liveMoves(a: Page, b: Page, task: { id: string; status: string }, failures: string[]): Promise<LiveMoves> {
  const roundTrips = graphqlTimings(a, MOVE_MUTATION);
  const latencies: number[] = [];
  const other = task.status === 'DONE' ? 'TODO' : 'DONE';
  for (let round = 0; round < LIVE_MOVES; round += 1) {
    const target = round % 2 === 0 ? other : task.status;
    // B watches before A starts, so its first look is surely before the move.
    const seen = b
      .waitForFunction(
        ({ id, status }) => document.querySelector(`section.board-column[data-status="${status}"] [data-card-focus="move:${id}"]`) !== null && Date.now(),
        { id: task.id, status: target },
        { polling: 'raf', timeout: BROKEN_AFTER_MS },
      )
      .then(
        async (handle) => Number(await handle.jsonValue()),
        () => NaN,
      );
    // Enter on the focused button opens the menu (react-aria then focuses its first item); the
    // target item is focused directly, so that only the last key press is inside the measure.
    await a.locator(`[data-card-focus="move:${task.id}"]`).focus();
    await a.keyboard.press('Enter');
    const item = a.getByRole('menuitem', { name: `Do kolumny „${COLUMN_NAMES[target]}” (na koniec)`, exact: true });
    await item.focus();
    const finished = roundTrips.length;
    const t0 = await a.evaluate(() => Date.now());
    await a.keyboard.press('Enter');
    const tB = await seen;
    if (Number.isNaN(tB)) {
      failures.push(`web: a moved card did not reach the second browser's "${target}" column within ${BROKEN_AFTER_MS / 1000} s`);
      break;
    }
    latencies.push(tB - t0);
    if (!(await until(() => roundTrips.length > finished, BROKEN_AFTER_MS))) {
      failures.push('web: the move did not finish in the first browser (no moveTask answer)');
      break;
    }
    // Both boards read the task once more on its event: let them, so that moves do not overlap.
    await sleep(300);
  }
  return { latencies, roundTrips: roundTrips.map((timing) => timing.ms) };
}
