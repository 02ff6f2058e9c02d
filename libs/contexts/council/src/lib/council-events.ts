import { Injectable } from '@nestjs/common';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog, type StreamEvent } from '@wspolnie/platform-realtime';

/**
 * The council's events in the partnership's stream (topic `council`), scoped to their meeting so
 * meetingChanges follows one meeting and partnershipActivity sees them all.
 */
@Injectable()
export class CouncilEvents {
  constructor(private readonly events: EventLog) {}

  record(actor: Actor | undefined, meeting: { id: string; partnershipId: string }, subjectId: string, action: string, changes: StreamEvent['changes'] = {}): Promise<StreamEvent> {
    return this.events.append(meeting.partnershipId, { topic: 'council', subjectId, scopeId: meeting.id, action, actorId: actor?.userId ?? null, changes });
  }
}
