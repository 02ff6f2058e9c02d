import { fireEvent, render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { MemoryRouter, useLocation, useSearchParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { MyProjectSort, MyTaskBucket, MyTaskSort, SearchHitKind, TaskPriority, type WorkMyWorkQuery } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import { MESSAGES } from '../../i18n/messages';
import { BUCKETS, DEFAULT_VIEW, isOverdue, paramsOf, SORTS, viewOf } from './my-work-params';
import { MyTasks } from './MyTasks';
import { markedSegments, searchWords } from './search-marks';
import { WorkCounts } from './WorkCounts';

const polish = createIntl({ locale: 'pl-PL', messages: MESSAGES.pl });
const english = createIntl({ locale: 'en-GB', messages: MESSAGES.en });

describe('my work’s view in the address', () => {
  it('reads the bucket and the order, falling back to open tasks by due date', () => {
    expect(viewOf(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
    expect(viewOf(new URLSearchParams('bucket=overdue&sort=priority'))).toEqual({ bucket: MyTaskBucket.Overdue, sort: MyTaskSort.Priority });
    expect(viewOf(new URLSearchParams('bucket=due-this-week&sort=updated-at'))).toEqual({ bucket: MyTaskBucket.DueThisWeek, sort: MyTaskSort.UpdatedAt });
    expect(viewOf(new URLSearchParams('bucket=OVERDUE&sort=;drop'))).toEqual(DEFAULT_VIEW);
  });

  it('writes short words, leaves defaults out, keeps other parameters, and round-trips', () => {
    expect(paramsOf({ bucket: MyTaskBucket.DueThisWeek, sort: MyTaskSort.Project }).toString()).toBe('bucket=due-this-week&sort=project');
    expect(paramsOf(DEFAULT_VIEW, new URLSearchParams('bucket=overdue&x=1')).toString()).toBe('x=1');
    for (const bucket of BUCKETS) for (const sort of SORTS) expect(viewOf(paramsOf({ bucket, sort }))).toEqual({ bucket, sort });
  });

  it('offers every bucket and sort of the schema, named in both languages', () => {
    expect([...BUCKETS].sort()).toEqual(Object.values(MyTaskBucket).sort());
    expect([...SORTS].sort()).toEqual(Object.values(MyTaskSort).sort());
    for (const locale of ['pl', 'en'] as const) {
      for (const bucket of BUCKETS) expect(MESSAGES[locale][`work.bucket.${bucket}`]).toMatch(/\{n\}/);
      for (const sort of SORTS) expect(MESSAGES[locale][`work.sort.${sort}`]).toMatch(/\w/);
      for (const priority of Object.values(TaskPriority)) expect(MESSAGES[locale][`board.priority.${priority}`]).toMatch(/\w/);
      for (const kind of Object.values(SearchHitKind)) expect(MESSAGES[locale][`work.search.kind.${kind}`]).toMatch(/\w/);
    }
    expect(Object.values(MyProjectSort)).toContain('TITLE');
  });

  it('calls a task overdue only before today (Warsaw days)', () => {
    expect(isOverdue('2026-03-29', '2026-03-30')).toBe(true);
    expect(isOverdue('2026-03-30', '2026-03-30')).toBe(false);
    expect(isOverdue(null, '2026-03-30')).toBe(false);
  });
});

describe('my work’s counts in Polish', () => {
  const say = (id: string, n: number) => polish.formatMessage({ id }, { n });
  it('take the four plural forms, 0 to 25', () => {
    const open = Array.from({ length: 26 }, (_, n) => say('work.counts.open', n));
    expect(open.slice(0, 6)).toEqual(['Nie masz otwartych zadań', '1 otwarte zadanie', '2 otwarte zadania', '3 otwarte zadania', '4 otwarte zadania', '5 otwartych zadań']);
    expect([open[12], open[14], open[21], open[22], open[24], open[25]]).toEqual([
      '12 otwartych zadań',
      '14 otwartych zadań',
      '21 otwartych zadań',
      '22 otwarte zadania',
      '24 otwarte zadania',
      '25 otwartych zadań',
    ]);
    expect([0, 1, 2, 5, 22].map((n) => say('work.tasks.count', n))).toEqual(['0 zadań', '1 zadanie', '2 zadania', '5 zadań', '22 zadania']);
    expect([1, 3, 5, 12, 23].map((n) => say('work.projectCount', n))).toEqual(['1 projekt', '3 projekty', '5 projektów', '12 projektów', '23 projekty']);
    expect([0, 1, 4].map((n) => say('work.counts.overdue', n))).toEqual(['żadne po terminie', '1 po terminie', '4 po terminie']);
    expect(polish.formatMessage({ id: 'work.search.count' }, { n: 0, q: 'x' })).toBe('Nic nie znaleziono dla „x”.');
    expect([1, 2, 5, 22].map((n) => polish.formatMessage({ id: 'work.search.count' }, { n, q: 'zlobek' }))).toEqual([
      'Znaleziono 1 wynik dla „zlobek”.',
      'Znaleziono 2 wyniki dla „zlobek”.',
      'Znaleziono 5 wyników dla „zlobek”.',
      'Znaleziono 22 wyniki dla „zlobek”.',
    ]);
    expect(english.formatMessage({ id: 'work.counts.open' }, { n: 1 })).toBe('1 open task');
  });

  it('are shown in words', () => {
    render(
      <I18nProvider initial="pl">
        <WorkCounts counts={{ open: 5, dueThisWeek: 2, overdue: 1 }} />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['5 otwartych zadań', '2 z terminem w tym tygodniu', '1 po terminie']);
  });
});

describe('searched words', () => {
  it('are found whatever the case and Polish letters', () => {
    expect(searchWords('  Zlobek, w RAJCZY! ')).toEqual(['zlobek', 'w', 'rajczy']);
    const marked = markedSegments('Pierwsze żłobki w Ujsołach i Rajczy', searchWords('zlobek rajczy'));
    expect(marked.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['Rajczy']);
    expect(
      markedSegments('Żłobek w Łodzi', ['zlobek', 'lodzi'])
        .filter((s) => s.marked)
        .map((s) => s.text),
    ).toEqual(['Żłobek', 'Łodzi']);
    expect(markedSegments('Żłobek', ['zlob']).map((s) => `${s.marked ? '*' : ''}${s.text}`)).toEqual(['*Żłob', 'ek']);
  });
});

type Tasks = WorkMyWorkQuery['myWork']['tasks'];
const TASKS: Tasks = {
  totalCount: 1,
  pageInfo: { hasNextPage: false, endCursor: 'c1' },
  edges: [
    {
      cursor: 'c1',
      node: {
        id: 't1',
        title: 'Ogłosić przetarg na roboty',
        status: 'TODO',
        priority: 'HIGH',
        dueOn: '2020-01-10',
        updatedAt: '2020-01-01T10:00:00.000Z',
        projectId: 'p1',
        project: { id: 'p1', title: 'Pierwsze żłobki w Ujsołach i Rajczy', stage: 'FUNDED', partnershipId: 'ps1' },
      },
    },
  ],
};

/** MyTasks as the page puts it: the view from the address, changes written back to it. */
function Harness() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  return (
    <>
      <MyTasks
        view={viewOf(params)}
        params={params}
        onView={(next) => setParams(next)}
        counts={{ open: 1, dueThisWeek: 0, overdue: 1 }}
        connection={TASKS}
        partnerships={new Map([['ps1', { name: 'Aglomeracja Beskidzka', slug: 'ab', gminaId: null }]])}
        busy={false}
        more={() => Promise.resolve(0)}
      />
      <output data-testid="address">{location.search}</output>
    </>
  );
}

describe('my tasks', () => {
  const show = (address = '/my-work') =>
    render(
      <I18nProvider initial="pl">
        <MemoryRouter initialEntries={[address]}>
          <Harness />
        </MemoryRouter>
      </I18nProvider>,
    );

  it('keep the bucket and the order in the address', () => {
    show();
    expect(screen.getByRole('radio', { name: 'Wszystkie otwarte (1)' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'Po terminie (1)' }));
    expect(screen.getByTestId('address').textContent).toBe('?bucket=overdue');
    expect(screen.getByRole('radio', { name: 'Po terminie (1)' })).toBeChecked();
    fireEvent.change(screen.getByRole('combobox', { name: 'Kolejność' }), { target: { value: 'PRIORITY' } });
    expect(screen.getByTestId('address').textContent).toBe('?bucket=overdue&sort=priority');
    expect(screen.getByRole('combobox', { name: 'Kolejność' })).toHaveValue('PRIORITY');
  });

  it('start from the address', () => {
    show('/my-work?bucket=due-this-week&sort=project');
    expect(screen.getByRole('radio', { name: 'Z terminem w tym tygodniu (0)' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Kolejność' })).toHaveValue('PROJECT');
  });

  it('show each task with its project, partnership and due day, overdue said in words', () => {
    show();
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Termin10.01.2020 — po terminie');
    expect(screen.getByRole('link', { name: 'Ogłosić przetarg na roboty' })).toHaveAttribute('href', '/tasks/t1');
    expect(screen.getByRole('link', { name: 'Tablica zadań projektu „Pierwsze żłobki w Ujsołach i Rajczy”' })).toHaveAttribute('href', '/projects/p1/board');
    expect(screen.getByRole('link', { name: 'Pierwsze żłobki w Ujsołach i Rajczy' })).toHaveAttribute('href', '/projects/p1');
    expect(screen.getByRole('link', { name: 'Aglomeracja Beskidzka' })).toHaveAttribute('href', '/partnerships/ab');
    expect(screen.getByText('Wyświetlono 1 z 1.')).toHaveAttribute('role', 'status');
  });
});
