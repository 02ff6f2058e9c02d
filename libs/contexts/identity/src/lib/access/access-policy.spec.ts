import { PARTNERSHIP_POLICY, PLATFORM_ADMIN_ACTIONS, roleAllows } from './access-policy';
import { PartnershipRole } from './partnership-role';

describe('the partnership policy table', () => {
  it('lets every role read, and only coordinators change the partnership', () => {
    for (const role of Object.values(PartnershipRole)) {
      expect(roleAllows(role, 'partnership.read')).toBe(true);
      expect(roleAllows(role, 'partnership.update')).toBe(role === PartnershipRole.COORDINATOR);
      expect(roleAllows(role, 'partnership.members.manage')).toBe(role === PartnershipRole.COORDINATOR);
      expect(roleAllows(role, 'partnership.people.invite')).toBe(role === PartnershipRole.COORDINATOR);
    }
  });

  it('gives observers nothing but reading', () => {
    const allowed = (Object.keys(PARTNERSHIP_POLICY) as (keyof typeof PARTNERSHIP_POLICY)[]).filter((action) =>
      roleAllows(PartnershipRole.OBSERVER, action),
    );
    expect(allowed).toEqual(['partnership.read', 'partnership.people.read']);
  });

  it('lets a platform administrator read and appoint people, not edit partnerships', () => {
    expect(PLATFORM_ADMIN_ACTIONS).not.toContain('partnership.update');
    expect(PLATFORM_ADMIN_ACTIONS).not.toContain('partnership.members.manage');
    expect(PLATFORM_ADMIN_ACTIONS).toContain('partnership.people.manage');
  });
});
