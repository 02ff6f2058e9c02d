import { AccessService, AccountsService, type PartnershipRole } from '@wspolnie/identity';
import type { GraphqlClient, TestApp } from '@wspolnie/platform-testing';

export const PASSWORD = 'hasło-testowe-123';
let sequence = 0;

/** An account made through the identity context's own service, signed in through the API. */
export async function signedInPerson(api: TestApp, options: { admin?: boolean; gminaId?: string } = {}) {
  sequence += 1;
  const email = `osoba${sequence}.${Date.now().toString(36)}@test.example`;
  const account = await api.app
    .get(AccountsService)
    .create({ email, displayName: `Osoba ${sequence}`, password: PASSWORD, isPlatformAdmin: options.admin, gminaId: options.gminaId });
  const client: GraphqlClient = await api.signIn(email, PASSWORD);
  return { account, email, client };
}

/** Someone holding `role` in the partnership. */
export async function personWithRole(api: TestApp, partnershipId: string, role: PartnershipRole) {
  const person = await signedInPerson(api);
  await api.app.get(AccessService).grant(person.account.id, partnershipId, role);
  return person;
}
