import { PartnershipRole } from './partnership-role';

const { COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL, ADVISOR, OBSERVER } = PartnershipRole;
const EVERY_ROLE = [COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL, ADVISOR, OBSERVER];

/**
 * The rules, written down once: which roles in a partnership may take which action there.
 * Services ask AccessService, which reads only this table. A platform administrator may read
 * every partnership, create partnerships and give anyone a role in one (to appoint its first
 * coordinator), and nothing else by that title alone.
 */
export const PARTNERSHIP_POLICY = {
  'partnership.read': EVERY_ROLE,
  'partnership.update': [COORDINATOR],
  'partnership.members.manage': [COORDINATOR],
  'partnership.thematicAreas.manage': [COORDINATOR],
  'partnership.people.read': EVERY_ROLE,
  'partnership.people.invite': [COORDINATOR],
  'partnership.people.manage': [COORDINATOR],
  'project.edit': [COORDINATOR, GMINA_OFFICIAL],
  'project.stage.change': [COORDINATOR, COUNCIL_MEMBER],
  'task.edit': [COORDINATOR, GMINA_OFFICIAL],
} as const satisfies Record<string, readonly PartnershipRole[]>;

export type PartnershipAction = keyof typeof PARTNERSHIP_POLICY;

/** Actions a platform administrator may take in any partnership without a role in it. */
export const PLATFORM_ADMIN_ACTIONS: readonly PartnershipAction[] = [
  'partnership.read',
  'partnership.people.read',
  'partnership.people.invite',
  'partnership.people.manage',
];

/** Human words for refusals: "Your role (observer) does not allow changing its members." */
export const ACTION_WORDS: Record<PartnershipAction, string> = {
  'partnership.read': 'seeing this partnership',
  'partnership.update': 'changing the partnership\'s details',
  'partnership.members.manage': 'changing its member gminas',
  'partnership.thematicAreas.manage': 'changing its thematic areas',
  'partnership.people.read': 'seeing who takes part',
  'partnership.people.invite': 'inviting people',
  'partnership.people.manage': 'changing people\'s roles',
  'project.edit': 'preparing projects (their sheet and budget)',
  'project.stage.change': 'moving projects through the pipeline',
  'task.edit': 'working on tasks',
};

export function roleAllows(role: PartnershipRole, action: PartnershipAction): boolean {
  return (PARTNERSHIP_POLICY[action] as readonly PartnershipRole[]).includes(role);
}
