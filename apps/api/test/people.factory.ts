import { AccessService, AccountsService, type PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';

export const PASSWORD = 'hasło-testowe-123';
export const RAJCZA = '2417112';
export const UJSOLY = '2417142';
let sequence = 0;

/** An account made through the identity context's service, not yet signed in. */
export async function createPerson(api: TestApp, options: { admin?: boolean } = {}) {
  sequence += 1;
  const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence}`, password: PASSWORD, isPlatformAdmin: options.admin });
  return { account, email };
}

/** The id of a gmina of the register. */
export async function gminaId(api: TestApp, terc: string): Promise<string> {
  const [row] = await api.dataSource.query(`SELECT id FROM gmina WHERE terc = $1`, [terc]);
  return row.id;
}

/**
 * Someone signed in through the API, with a role in a partnership if one is given; a role
 * acting for a gmina (gmina officials must) names it by TERC code, and it must be a member.
 */
export async function signedIn(api: TestApp, options: { admin?: boolean; partnershipId?: string; role?: PartnershipRole; gminaTerc?: string } = {}) {
  const person = await createPerson(api, options);
  if (options.partnershipId && options.role) {
    const gmina = options.gminaTerc ? await gminaId(api, options.gminaTerc) : null;
    await api.app.get(AccessService).grant(person.account.id, options.partnershipId, options.role, gmina);
  }
  return { ...person, ...(await api.signIn(person.email, PASSWORD)) };
}

/** A partnership made directly in the database, with these member gminas and no role for anyone. */
export async function partnershipRow(api: TestApp, options: { slug?: string; members?: readonly string[] } = {}): Promise<{ id: string; slug: string }> {
  const slug = options.slug ?? `p-${Date.now().toString(36)}-${++sequence}`;
  const [row] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id, slug`, [slug, `Partnerstwo ${slug}`]);
  if (options.members?.length) {
    await api.dataSource.query(
      `INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $1, id, 'MEMBER', current_date FROM gmina WHERE terc = ANY($2)`,
      [row.id, options.members],
    );
  }
  return row;
}

/** A project made directly in the database, with these member gminas taking part (the first leads). */
export async function projectRow(api: TestApp, partnershipId: string, title: string, participants: readonly string[] = []): Promise<string> {
  const [project] = await api.dataSource.query(`INSERT INTO project (partnership_id, title) VALUES ($1, $2) RETURNING id`, [partnershipId, title]);
  for (const [index, terc] of participants.entries()) {
    await api.dataSource.query(
      `INSERT INTO project_participant (project_id, partnership_id, gmina_id, role, cost_share) VALUES ($1, $2, $3, $4, 0)`,
      [project.id, partnershipId, await gminaId(api, terc), index === 0 ? 'LEAD' : 'PARTNER'],
    );
  }
  return project.id;
}
