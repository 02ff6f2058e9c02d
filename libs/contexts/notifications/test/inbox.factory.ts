import { AccessService, AccountsService, identityMigrations, IdentityModule, type PartnershipRole } from '@wspolnie/identity';
import { CreateReferencedTables1795627054000, StandInTablesModule } from '@wspolnie/identity/testing';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, type TestApp } from '@wspolnie/platform-testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Inbox, type NewNotification, NotificationKind, notificationsMigrations, NotificationsModule } from '../src';

export const PASSWORD = 'hasło-testowe-123';

/** The inbox with what it stands on (identity, the event log), on a fresh database. */
export function startInboxApp(): Promise<TestApp> {
  return createTestApp({
    imports: [StandInTablesModule, IdentityModule, NotificationsModule],
    migrations: [CreateReferencedTables1795627054000, ...realtimeMigrations, ...mailMigrations, ...identityMigrations, ...notificationsMigrations],
  });
}

export async function partnership(api: TestApp): Promise<string> {
  const [{ id }] = await api.dataSource.query(`INSERT INTO partnership DEFAULT VALUES RETURNING id`);
  return id;
}

let sequence = 0;

export type Person = GraphqlClient & { accessToken: string; id: string; displayName: string };

/** Someone signed in through the API, with `role` in each partnership given. */
export async function person(api: TestApp, roles: readonly [string, PartnershipRole][] = [], displayName?: string): Promise<Person> {
  sequence += 1;
  const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app.get(AccountsService).create({ email, displayName: displayName ?? `Osoba ${sequence}`, password: PASSWORD });
  for (const [partnershipId, role] of roles) await api.app.get(AccessService).grant(account.id, partnershipId, role);
  return { ...(await api.signIn(email, PASSWORD)), id: account.id, displayName: account.displayName };
}

/** Delivers as another context would: in a transaction of its own here (the inbox joins the caller's). */
export function deliver(api: TestApp, recipients: readonly string[], notification: Partial<NewNotification> & Pick<NewNotification, 'partnershipId'>) {
  return api.app.get(Inbox).deliver(recipients, { kind: NotificationKind.MENTION, actorId: null, subjectTitle: 'Strategia rozwoju ponadlokalnego', ...notification });
}

export interface Listener {
  readonly received: any[];
  readonly ended: Promise<unknown>;
  /** Resolves once `count` notifications have arrived (fails the test after a timeout). */
  until(count: number): Promise<any[]>;
  dispose(): Promise<void>;
}

/** Follows the inbox over graphql-ws (no Accept-Language on the socket's request: Polish). */
export function listen(api: TestApp, token: string, afterSeq?: number): Listener {
  const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
  const received: any[] = [];
  let end!: (value: unknown) => void;
  const ended = new Promise((resolve) => (end = resolve));
  client.subscribe(
    {
      query: `subscription ($a: Int) { notificationAdded(afterSeq: $a) { id seq kind subjectTitle partnershipId text readAt actor { displayName } } }`,
      variables: afterSeq === undefined ? {} : { a: afterSeq },
    },
    {
      next: (message) => (message.errors ? end(message.errors) : received.push(message.data?.['notificationAdded'])),
      error: end,
      complete: () => end('complete'),
    },
  );
  return {
    received,
    ended,
    async until(count) {
      const deadline = Date.now() + 10_000;
      while (received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      if (received.length < count) throw new Error(`only ${received.length} of ${count} notifications arrived`);
      return received;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
