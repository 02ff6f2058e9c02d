import { AgendaItem } from './agenda-item.entity';
import { AgendaResolver } from './agenda.resolver';
import { AgendaService } from './agenda.service';
import { Invitee } from './invitee.entity';
import { InviteeResolver } from './invitee.resolver';
import { InviteesService } from './invitees.service';
import { MeetingChangesResolver } from './meeting-changes.resolver';
import { MeetingFieldsResolver } from './meeting-fields.resolver';
import { MeetingInvitations } from './meeting-invitations';
import { MeetingNotices } from './meeting-notices';
import { MeetingTime } from './meeting-time';
import { Meeting } from './meeting.entity';
import { MeetingResolver } from './meeting.resolver';
import { MeetingsService } from './meetings.service';
import { Minutes, MinutesCorrection } from './minutes.entity';
import { MinutesResolver } from './minutes.resolver';
import { MinutesService } from './minutes.service';
import { QuorumService } from './quorum';

export const MEETING_ENTITIES = [Meeting, AgendaItem, Invitee, Minutes, MinutesCorrection];
export const MEETING_PROVIDERS = [
  QuorumService,
  MeetingTime,
  MeetingInvitations,
  MeetingNotices,
  MeetingsService,
  AgendaService,
  InviteesService,
  MinutesService,
  MeetingResolver,
  MeetingFieldsResolver,
  MeetingChangesResolver,
  AgendaResolver,
  InviteeResolver,
  MinutesResolver,
];
