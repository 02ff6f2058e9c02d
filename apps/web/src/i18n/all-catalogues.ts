import account from '../modules/account/messages';
import accessibility from '../modules/accessibility/messages';
import activity from '../modules/activity/messages';
import advisory from '../modules/advisory/messages';
import board from '../modules/board/messages';
import council from '../modules/council/messages';
import discussion from '../modules/discussion/messages';
import explorer from '../modules/explorer/messages';
import gminas from '../modules/gminas/messages';
import notifications from '../modules/notifications/messages';
import partnerships from '../modules/partnerships/messages';
import plans from '../modules/plans/messages';
import projects from '../modules/projects/messages';
import work from '../modules/work/messages';

/** Every module's catalogue but the first page's (messages.ts): one chunk, loaded by the other pages. */
export const CATALOGUES = [account, accessibility, activity, advisory, board, council, discussion, explorer, gminas, notifications, partnerships, plans, projects, work] as const;
