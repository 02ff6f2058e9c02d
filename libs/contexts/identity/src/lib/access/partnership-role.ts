import { registerEnumType } from '@nestjs/graphql';
import type { Message } from '@wspolnie/platform-i18n';
import { identityMessage } from '../identity-messages';

/** What a person does in one partnership; one role per person and partnership. */
export enum PartnershipRole {
  COORDINATOR = 'COORDINATOR',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  GMINA_OFFICIAL = 'GMINA_OFFICIAL',
  ADVISOR = 'ADVISOR',
  OBSERVER = 'OBSERVER',
}

registerEnumType(PartnershipRole, {
  name: 'PartnershipRole',
  valuesMap: {
    COORDINATOR: { description: 'Koordynator: manages members, people, roles and settings.' },
    COUNCIL_MEMBER: { description: 'Członek Rady Partnerstwa: decides (approves projects and plans).' },
    GMINA_OFFICIAL: { description: 'Urzędnik gminy członkowskiej: acts for one member gmina; works on its projects and tasks, and comments.' },
    ADVISOR: { description: 'Doradca (CWD): reads everything in the partnership, records support, comments.' },
    OBSERVER: { description: 'Obserwator: reads only.' },
  },
});

/** How roles are named in e-mails, which are in Polish only. */
export const ROLE_WORDS: Record<PartnershipRole, string> = {
  COORDINATOR: 'koordynator(ka) partnerstwa',
  COUNCIL_MEMBER: 'członek Rady Partnerstwa',
  GMINA_OFFICIAL: 'urzędnik gminy',
  ADVISOR: 'doradca',
  OBSERVER: 'obserwator',
};

/** How a role is named in messages, in the reader's language: "gmina official" / "urzędnik gminy". */
export function roleName(role: PartnershipRole): Message {
  return identityMessage(`role.${role}`);
}
