import app from '../app/messages';
import account from '../modules/account/messages';
import accessibility from '../modules/accessibility/messages';
import activity from '../modules/activity/messages';
import advisory from '../modules/advisory/messages';
import auth from '../modules/auth/messages';
import board from '../modules/board/messages';
import explorer from '../modules/explorer/messages';
import gminas from '../modules/gminas/messages';
import notifications from '../modules/notifications/messages';
import partnerships from '../modules/partnerships/messages';
import plans from '../modules/plans/messages';
import projects from '../modules/projects/messages';
import type { Locale } from './locale';

const CATALOGUES = [app, account, accessibility, activity, advisory, auth, board, explorer, gminas, notifications, partnerships, plans, projects] as const;

type Ids<C> = C extends { pl: Record<infer K, string> } ? K : never;
export type MessageId = Ids<(typeof CATALOGUES)[number]>;

function merged(locale: Locale): Record<MessageId, string> {
  const all: Record<string, string> = {};
  for (const catalogue of CATALOGUES) {
    for (const [id, text] of Object.entries(catalogue[locale])) {
      if (id in all) throw new Error(`message id ${id} is defined twice`);
      all[id] = text;
    }
  }
  return all as Record<MessageId, string>;
}

export const MESSAGES: Record<Locale, Record<MessageId, string>> = { pl: merged('pl'), en: merged('en') };
