import { AgendaItem } from './agenda-item.entity';
import { Invitee } from './invitee.entity';
import { Meeting } from './meeting.entity';
import { Minutes, MinutesCorrection } from './minutes.entity';
import { QuorumService } from './quorum';

export const MEETING_ENTITIES = [Meeting, AgendaItem, Invitee, Minutes, MinutesCorrection];
export const MEETING_PROVIDERS = [QuorumService];
