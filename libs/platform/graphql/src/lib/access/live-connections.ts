import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { Session } from './access-gate';

/**
 * Close codes of a WebSocket whose right to stay open ended. The graphql-ws client retries
 * 4403 (it asks connectionParams again, so it can send a fresh token) and treats 4401 as final.
 */
export const LIVE_CLOSE = {
  /** The access token expired: reconnect with a fresh one and resume with afterSeq. */
  tokenExpired: { code: 4403, reason: 'The access token has expired; reconnect with a fresh one.' },
  /** Signed out, password changed, refresh token reused, administration lost: sign in again. */
  sessionEnded: { code: 4401, reason: 'The session has ended; sign in again.' },
} as const;

interface ClosableSocket {
  close(code: number, reason: string): void;
}

export interface LiveConnection {
  readonly session: Session;
  /** Set the moment the session ends, before the socket is closed: nothing more is sent. */
  ended: boolean;
}

interface Entry extends LiveConnection {
  readonly socket: ClosableSocket;
  readonly expiry: NodeJS.Timeout;
}

/**
 * The WebSocket connections of this process and the session each one was opened with. A
 * socket lives no longer than its access token, and closes the moment its session ends
 * anywhere (the identity context tells it so through signals), so a stolen or revoked token
 * cannot keep a stream open.
 */
@Injectable()
export class LiveConnections implements OnApplicationShutdown {
  private readonly entries = new Set<Entry>();

  open(session: Session, socket: ClosableSocket): LiveConnection {
    const expiry = setTimeout(() => this.end(entry, LIVE_CLOSE.tokenExpired), Math.max(0, session.expiresAt.getTime() - Date.now()));
    expiry.unref();
    const entry: Entry = { session, socket, expiry, ended: false };
    this.entries.add(entry);
    return entry;
  }

  /** The socket closed (for any reason): forget it. */
  forget(connection: LiveConnection | undefined): void {
    const entry = connection as Entry | undefined;
    if (!entry || !this.entries.delete(entry)) return;
    clearTimeout(entry.expiry);
  }

  /** Ends, with 4401, every connection whose session matches; answers how many. */
  endSessions(matches: (session: Session) => boolean): number {
    let ended = 0;
    for (const entry of [...this.entries]) {
      if (!matches(entry.session)) continue;
      this.end(entry, LIVE_CLOSE.sessionEnded);
      ended += 1;
    }
    return ended;
  }

  /** The sessions of the open connections (to re-check them when signals may have been missed). */
  sessions(): Session[] {
    return [...this.entries].map((entry) => entry.session);
  }

  onApplicationShutdown(): void {
    for (const entry of this.entries) clearTimeout(entry.expiry);
    this.entries.clear();
  }

  private end(entry: Entry, close: { code: number; reason: string }): void {
    entry.ended = true;
    this.forget(entry);
    entry.socket.close(close.code, close.reason);
  }
}
