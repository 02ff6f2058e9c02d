import { registerEnumType } from '@nestjs/graphql';

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
    GMINA_OFFICIAL: { description: 'Urzędnik gminy członkowskiej: edits tasks and comments.' },
    ADVISOR: { description: 'Doradca (CWD): reads everything in the partnership, records support, comments.' },
    OBSERVER: { description: 'Obserwator: reads only.' },
  },
});
