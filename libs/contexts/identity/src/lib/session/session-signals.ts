import { Injectable, Logger, type OnModuleInit, Optional } from '@nestjs/common';
import { LiveConnections } from '@wspolnie/platform-graphql';
import { Signals } from '@wspolnie/platform-realtime';
import { SESSION_ENDED, SessionsService } from './sessions.service';

/**
 * Closes this process's WebSockets of a session the moment it ends anywhere. When signals may
 * have been missed (the LISTEN connection was lost), every open socket's session is checked
 * again in one query.
 */
@Injectable()
export class SessionSignals implements OnModuleInit {
  private readonly logger = new Logger('Sessions');

  constructor(
    private readonly signals: Signals,
    private readonly sessions: SessionsService,
    // Absent in processes without an API (the command line).
    @Optional() private readonly live?: LiveConnections,
  ) {}

  onModuleInit(): void {
    const live = this.live;
    if (!live) return;
    this.signals.on(SESSION_ENDED, (sessionId) => live.endSessions((session) => session.sessionId === sessionId));
    this.signals.onResync(() => {
      void this.recheckAll(live).catch((error: Error) => this.logger.warn(`could not re-check open sockets: ${error.message}`));
    });
  }

  private async recheckAll(live: LiveConnections): Promise<void> {
    const open = await this.sessions.stillOpen([...new Set(live.sessions().map((session) => session.sessionId))]);
    const ended = live.endSessions((session) => !open.has(session.sessionId));
    if (ended) this.logger.log(`closed ${ended} socket(s) whose session ended while signals were missed`);
  }
}
