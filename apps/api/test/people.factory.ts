import { AccessService, AccountsService, type PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';

export const PASSWORD = 'hasło-testowe-123';
let sequence = 0;

/** An account made through the identity context's service, not yet signed in. */
export async function createPerson(api: TestApp, options: { admin?: boolean } = {}) {
  sequence += 1;
  const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app.get(AccountsService).create({ email, displayName: `Osoba ${sequence}`, password: PASSWORD, isPlatformAdmin: options.admin });
  return { account, email };
}

export async function signedIn(api: TestApp, options: { admin?: boolean; partnershipId?: string; role?: PartnershipRole } = {}) {
  const person = await createPerson(api, options);
  if (options.partnershipId && options.role) await api.app.get(AccessService).grant(person.account.id, options.partnershipId, options.role);
  return { ...person, ...(await api.signIn(person.email, PASSWORD)) };
}

/** A partnership made directly in the database, with no role for anyone. */
export async function partnershipRow(api: TestApp, slug = `p-${Date.now().toString(36)}-${++sequence}`): Promise<{ id: string; slug: string }> {
  const [row] = await api.dataSource.query(`INSERT INTO partnership (slug, name) VALUES ($1, $2) RETURNING id, slug`, [slug, `Partnerstwo ${slug}`]);
  return row;
}
