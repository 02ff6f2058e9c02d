import { describe, expect, it } from 'vitest';
import { type BoardTaskFragment, PartnershipRole, TaskStatus } from './graphql.generated';
import { MESSAGES } from '../../i18n/messages';
import { createIntl } from 'react-intl';
import { applied, boardRights, byPosition, columnsOf, menuMoves, menuTarget, placementOf, positionFor, STATUSES, targetIn } from './board-model';
import { dropPlacement, overPlacement } from './board-dnd';

function task(id: string, status: TaskStatus, position: string, extra: Partial<BoardTaskFragment> = {}): BoardTaskFragment {
  return { __typename: 'Task', id, projectId: 'p', title: `Zadanie ${id}`, description: '', status, position, priority: 'NORMAL', dueOn: null, assigneeId: null, assignee: null, version: 1, updatedAt: '2026-01-01T00:00:00Z', ...extra } as BoardTaskFragment;
}

const TASKS = [task('a', TaskStatus.Todo, 'a0'), task('b', TaskStatus.Todo, 'a1'), task('c', TaskStatus.Todo, 'a2'), task('d', TaskStatus.InProgress, 'a0')];

describe('the board model', () => {
  it('has a column for every TaskStatus of the schema, labelled in both languages', () => {
    expect([...STATUSES].sort()).toEqual(Object.values(TaskStatus).sort());
    for (const status of Object.values(TaskStatus)) {
      expect(MESSAGES.pl[`board.status.${status}`]).toBeTruthy();
      expect(MESSAGES.en[`board.status.${status}`]).toBeTruthy();
    }
  });

  it('counts tasks with the four Polish plural forms, 0 to 25', () => {
    const intl = createIntl({ locale: 'pl-PL', messages: MESSAGES.pl });
    const count = (n: number) => intl.formatMessage({ id: 'board.count' }, { n });
    const expected = (n: number) => (n === 1 ? 'zadanie' : [2, 3, 4, 22, 23, 24].includes(n) ? 'zadania' : 'zadań');
    for (let n = 0; n <= 25; n += 1) expect(count(n)).toBe(`${n} ${expected(n)}`);
    expect(createIntl({ locale: 'en-GB', messages: MESSAGES.en }).formatMessage({ id: 'board.count' }, { n: 1 })).toBe('1 task');
  });

  it('sorts positions as plain strings, not by locale', () => {
    const sorted = [task('x', TaskStatus.Todo, 'a0V'), task('y', TaskStatus.Todo, 'a0'), task('z', TaskStatus.Todo, 'a0a')].sort(byPosition).map((t) => t.position);
    expect(sorted).toEqual(['a0', 'a0V', 'a0a']);
  });

  it('groups by column in order and says where a task is', () => {
    const columns = columnsOf([...TASKS].reverse());
    expect(columns.TODO).toEqual(['a', 'b', 'c']);
    expect(columns.IN_PROGRESS).toEqual(['d']);
    expect(columns.BLOCKED).toEqual([]);
    expect(placementOf(columns, 'b')).toEqual({ status: 'TODO', position: 2, count: 3 });
  });

  it('offers in the menu every outcome a drag has, and turns each into the API move', () => {
    const columns = columnsOf(TASKS);
    expect(menuMoves(columns, 'a').map((m) => m.kind)).toEqual(['down', 'column', 'column', 'column']);
    expect(menuMoves(columns, 'c').map((m) => m.kind)).toEqual(['up', 'top', 'column', 'column', 'column']);
    expect(menuTarget(columns, 'c', { kind: 'up' })).toEqual({ status: 'TODO', afterTaskId: 'a' });
    expect(menuTarget(columns, 'b', { kind: 'up' })).toEqual({ status: 'TODO', afterTaskId: null });
    expect(menuTarget(columns, 'a', { kind: 'down' })).toEqual({ status: 'TODO', afterTaskId: 'b' });
    expect(menuTarget(columns, 'c', { kind: 'top' })).toEqual({ status: 'TODO', afterTaskId: null });
    expect(menuTarget(columns, 'a', { kind: 'column', status: TaskStatus.InProgress })).toEqual({ status: 'IN_PROGRESS', afterTaskId: 'd' });
    expect(menuTarget(columns, 'a', { kind: 'column', status: TaskStatus.Done })).toEqual({ status: 'DONE', afterTaskId: null });
  });

  it('applies a move as the API would, and gives the position the API will give', () => {
    const columns = columnsOf(TASKS);
    expect(applied(columns, 'c', { status: TaskStatus.Todo, afterTaskId: null }).TODO).toEqual(['c', 'a', 'b']);
    expect(applied(columns, 'a', { status: TaskStatus.InProgress, afterTaskId: 'd' }).IN_PROGRESS).toEqual(['d', 'a']);
    const top = positionFor(TASKS, TASKS[2], { status: TaskStatus.Todo, afterTaskId: null });
    expect(top < 'a0').toBe(true);
    const between = positionFor(TASKS, TASKS[0], { status: TaskStatus.Todo, afterTaskId: 'b' });
    expect(between > 'a1' && between < 'a2').toBe(true);
    expect(positionFor(TASKS, TASKS[0], { status: TaskStatus.InProgress, afterTaskId: 'd' }) > 'a0').toBe(true);
    expect(positionFor(TASKS, TASKS[0], { status: TaskStatus.Todo, afterTaskId: 'gone' })).toBe('a0');
  });

  it('follows a drag: over another column takes the card there, the drop takes the hovered place', () => {
    const columns = columnsOf(TASKS);
    const over = overPlacement(columns, 'a', 'd');
    expect(over.IN_PROGRESS).toEqual(['a', 'd']);
    expect(overPlacement(columns, 'a', 'd', true).IN_PROGRESS).toEqual(['d', 'a']);
    expect(overPlacement(columns, 'a', 'column:BLOCKED').BLOCKED).toEqual(['a']);
    expect(dropPlacement(columns, 'a', 'c').TODO).toEqual(['b', 'c', 'a']);
    expect(targetIn(dropPlacement(columns, 'c', 'a'), 'c')).toEqual({ status: 'TODO', afterTaskId: null });
    expect(dropPlacement(columns, 'a', undefined)).toBe(columns);
  });

  it('gives move and add controls only to the roles the API allows', () => {
    const gmina = 'rajcza';
    const coordinator = boardRights(PartnershipRole.Coordinator, 'u1', null, [gmina]);
    expect(coordinator.create && coordinator.edit({ assigneeId: null })).toBe(true);
    const observer = boardRights(PartnershipRole.Observer, 'u1', null, [gmina]);
    expect(observer.create || observer.edit({ assigneeId: 'u1' })).toBe(false);
    const council = boardRights(PartnershipRole.CouncilMember, 'u1', null, [gmina]);
    expect(council.create || council.edit({ assigneeId: null })).toBe(false);
    const advisor = boardRights(PartnershipRole.Advisor, 'u1', null, [gmina]);
    expect([advisor.create, advisor.edit({ assigneeId: null })]).toEqual([true, false]);
    const official = boardRights(PartnershipRole.GminaOfficial, 'u1', gmina, [gmina]);
    expect([official.create, official.edit({ assigneeId: null })]).toEqual([true, true]);
    const elsewhere = boardRights(PartnershipRole.GminaOfficial, 'u1', 'ujsoly', [gmina]);
    expect([elsewhere.create, elsewhere.edit({ assigneeId: null }), elsewhere.edit({ assigneeId: 'u1' })]).toEqual([false, false, true]);
    expect(boardRights(undefined, 'u1', null, []).create).toBe(false);
  });
});
