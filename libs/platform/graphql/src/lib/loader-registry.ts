import DataLoader from 'dataloader';
import type { LiveConnection } from './access/live-connections';
import type { PreloadedFields } from './preloaded-fields';

/**
 * One DataLoader per loader definition per GraphQL request. Loaders are plain singleton
 * providers (cheap, no request-scoped DI); the batches and caches they create live here, in
 * the request's context, and die with it.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<object | string, DataLoader<unknown, unknown>>();

  /** `owner` names the loader: an object (its definition), or a string when the batch depends on what the query selects. */
  get<K, V>(owner: object | string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(owner) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(owner, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Who is calling, as their access token proved. */
export interface Actor {
  readonly userId: string;
  readonly isPlatformAdmin: boolean;
  /** The session the token belongs to (absent only for callers made up in code, like seeders). */
  readonly sessionId?: string;
}

export interface RequestContext {
  readonly loaders: LoaderRegistry;
  /** Field values loaded ahead of their resolvers (see Preloadable). */
  readonly preloaded?: PreloadedFields;
  /** The authenticated caller; absent for anonymous callers. */
  readonly actor?: Actor;
  /** Why the credentials sent were refused: every operation of the request is answered with it. */
  readonly authFailure?: Error;
  /** The WebSocket connection an operation arrived on (subscriptions). */
  readonly connection?: LiveConnection;
  readonly req?: { headers: Record<string, string | string[] | undefined>; ip?: string; secure?: boolean };
  /** The HTTP response (absent on WebSocket operations): the browser app's session cookie is set on it. */
  readonly res?: {
    cookie(name: string, value: string, options: Record<string, unknown>): unknown;
    clearCookie(name: string, options: Record<string, unknown>): unknown;
  };
}

/** Orders rows as the keys asked for them; a missing row loads as null. */
export function alignByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows under the keys that asked for them; a key without rows gets an empty list. */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
