import { render, screen } from '@testing-library/react';
import { createIntl } from 'react-intl';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { type NotificationItemFragment } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import { MESSAGES } from '../../i18n/messages';
import { NotificationItem } from './NotificationItem';

const polish = createIntl({ locale: 'pl-PL', messages: MESSAGES.pl });

const NOTIFICATION: NotificationItemFragment = {
  id: 'n1',
  seq: 3,
  kind: 'TASK_ASSIGNED',
  text: 'Anna Zięba przydzieliła Ci zadanie „Mapa tras”.',
  excerpt: null,
  subjectTitle: 'Mapa tras',
  createdAt: '2026-03-30T08:15:00.000Z',
  readAt: null,
  partnershipId: 'p1',
  projectId: 'pr1',
  taskId: 't1',
  planId: null,
  meetingId: null,
};

describe('notification counts in Polish', () => {
  it('take the four plural forms, 0 to 25', () => {
    const unread = Array.from({ length: 26 }, (_, n) => polish.formatMessage({ id: 'notifications.unreadCount' }, { n }));
    expect(unread.slice(0, 6)).toEqual(['Wszystko przeczytane', '1 nieprzeczytane', '2 nieprzeczytane', '3 nieprzeczytane', '4 nieprzeczytane', '5 nieprzeczytanych']);
    expect([unread[12], unread[21], unread[22], unread[25]]).toEqual(['12 nieprzeczytanych', '21 nieprzeczytanych', '22 nieprzeczytane', '25 nieprzeczytanych']);
    const total = [0, 1, 2, 5, 12, 22, 25].map((n) => polish.formatMessage({ id: 'notifications.total' }, { n }));
    expect(total).toEqual(['0 powiadomień', '1 powiadomienie', '2 powiadomienia', '5 powiadomień', '12 powiadomień', '22 powiadomienia', '25 powiadomień']);
    expect(polish.formatMessage({ id: 'app.nav.notificationsUnread' }, { n: 3 })).toBe('(3 nieprzeczytane)');
    expect(polish.formatMessage({ id: 'app.nav.notificationsUnread' }, { n: 7 })).toBe('(7 nieprzeczytanych)');
  });
});

describe('a notification', () => {
  const show = (notification: NotificationItemFragment, onMarkRead = vi.fn()) =>
    render(
      <I18nProvider initial="pl">
        <MemoryRouter>
          <ul>
            <NotificationItem notification={notification} marking={false} onMarkRead={onMarkRead} />
          </ul>
        </MemoryRouter>
      </I18nProvider>,
    );

  it('says in words that it is new, with its time, a way to its task board and to mark it read', () => {
    show(NOTIFICATION);
    expect(screen.getByText('Nowe')).toBeInTheDocument();
    expect(screen.getByText('30.03.2026, 10:15', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Przejdź do tablicy zadań' })).toHaveAttribute('href', '/projects/pr1/board');
    expect(screen.getByRole('button', { name: 'Oznacz jako przeczytane' })).toHaveAccessibleDescription(NOTIFICATION.text);
  });

  it('once read, shows no "new" mark and no button', () => {
    show({ ...NOTIFICATION, readAt: '2026-03-30T09:00:00.000Z', planId: 'pl1' });
    expect(screen.queryByText('Nowe')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Przejdź do planu' })).toHaveAttribute('href', '/plans/pl1');
  });

  it('about a council meeting, leads to the meeting', () => {
    show({ ...NOTIFICATION, kind: 'MEETING_SCHEDULED', text: 'Anna Zięba zaprasza Cię na posiedzenie Rady „Udziały gmin”.', projectId: null, taskId: null, meetingId: 'm1' });
    expect(screen.getByRole('link', { name: 'Przejdź do posiedzenia' })).toHaveAttribute('href', '/meetings/m1');
  });

  it.each([
    ['TASK_CHANGED', 'Przejdź do tablicy zadań', '/projects/pr1/board'],
    ['TASK_DUE_TOMORROW', 'Przejdź do tablicy zadań', '/projects/pr1/board'],
    ['TASK_OVERDUE', 'Przejdź do tablicy zadań', '/projects/pr1/board'],
    ['COMMENT', 'Przejdź do zadania i dyskusji', '/tasks/t1'],
    ['MENTION', 'Przejdź do zadania i dyskusji', '/tasks/t1'],
  ] as const)('about a task (%s), leads to %s', (kind, name, href) => {
    show({ ...NOTIFICATION, kind });
    expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
  });

  it('about a comment or a mention on a project, leads to the project', () => {
    for (const kind of ['COMMENT', 'MENTION'] as const) {
      const { unmount } = show({ ...NOTIFICATION, kind, taskId: null });
      expect(screen.getByRole('link', { name: 'Przejdź do projektu' })).toHaveAttribute('href', '/projects/pr1');
      unmount();
    }
  });
});
