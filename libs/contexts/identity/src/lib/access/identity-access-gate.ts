import { Injectable } from '@nestjs/common';
import type { AccessGate, AccessRule, Actor, Session } from '@wspolnie/platform-graphql';
import { SessionsService } from '../session/sessions.service';
import { AccessRegistry } from './access-registry';
import { AccessService } from './access.service';

/** The API's gate, answered by identity: sessions for who is calling, the policy table for what they may do. */
@Injectable()
export class IdentityAccessGate implements AccessGate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly access: AccessService,
    private readonly registry: AccessRegistry,
  ) {}

  authenticate(accessToken: string, use?: 'request' | 'connection'): Promise<Session | null> {
    return this.sessions.authenticate(accessToken, use);
  }

  authorize(actor: Actor | undefined, rule: AccessRule, source: { readonly args: Record<string, unknown>; readonly parent?: unknown }): Promise<void> {
    return this.access.authorize(actor, rule, source);
  }

  assertKnownActions(actions: readonly string[]): void {
    this.registry.assertKnown(actions);
  }
}
