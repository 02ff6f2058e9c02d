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
    GMINA_OFFICIAL: { description: 'Urzędnik gminy członkowskiej: acts for one member gmina; works on its projects and tasks, and comments.' },
    ADVISOR: { description: 'Doradca (CWD): reads everything in the partnership, records support, comments.' },
    OBSERVER: { description: 'Obserwator: reads only.' },
  },
});

/** How roles are named to people: in refusals (English) and in e-mails (Polish). */
export const ROLE_WORDS: Record<PartnershipRole, { en: string; pl: string }> = {
  COORDINATOR: { en: 'coordinator', pl: 'koordynator(ka) partnerstwa' },
  COUNCIL_MEMBER: { en: 'council member', pl: 'członek Rady Partnerstwa' },
  GMINA_OFFICIAL: { en: 'gmina official', pl: 'urzędnik gminy' },
  ADVISOR: { en: 'advisor', pl: 'doradca' },
  OBSERVER: { en: 'observer', pl: 'obserwator' },
};
