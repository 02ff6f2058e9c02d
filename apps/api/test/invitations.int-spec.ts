import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { createPerson, partnershipRow, PASSWORD, signedIn } from './people.factory';

const INVITE = `mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { acceptUrl invitation { email role expiresAt acceptedAt } } }`;
const ACCEPT = `mutation ($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken user { email displayName } } }`;

describe('invitations', () => {
  let api: TestApp;
  let partnership: { id: string; slug: string };
  let coordinator: GraphqlClient;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, env: { PUBLIC_URL: 'https://wspolnie.example' } });
    partnership = await partnershipRow(api);
    coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
  });
  afterAll(() => api?.close());

  const invite = async (email: string, role = 'GMINA_OFFICIAL') => {
    const result = await coordinator.gql(INVITE, { i: { partnershipId: partnership.id, email, role } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return { ...result.data.inviteToPartnership, token: new URL(result.data.inviteToPartnership.acceptUrl).searchParams.get('token')! };
  };

  it('queues the e-mail in the outbox and answers the link to the inviter', async () => {
    const invitation = await invite('Nowa.Osoba@Gmina.example');
    expect(invitation.acceptUrl).toMatch(/^https:\/\/wspolnie\.example\/invitations\/accept\?token=[\w-]{43}$/);
    expect(invitation.invitation).toMatchObject({ email: 'nowa.osoba@gmina.example', role: 'GMINA_OFFICIAL', acceptedAt: null });
    const [message] = await api.dataSource.query(`SELECT recipient, subject, body FROM outbox_message WHERE recipient = $1`, ['nowa.osoba@gmina.example']);
    expect(message.subject).toBe('Zaproszenie do partnerstwa we Wspólnie');
    expect(message.body).toContain(invitation.acceptUrl);
    const stored = JSON.stringify(await api.dataSource.query(`SELECT * FROM invitation`));
    expect(stored).not.toContain(invitation.token);
  });

  it('creates the account on acceptance, signs in, and gives the role; the link works once', async () => {
    const { token } = await invite('urzedniczka@gmina.example');
    const missing = onlyError(await api.gql(ACCEPT, { i: { token } }));
    expect(missing.extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.extensions?.['fields']).toHaveLength(2);

    const accepted = await api.gql(ACCEPT, { i: { token, displayName: 'Zofia Łęcka', password: 'bezpieczne-hasło-1' } });
    expect(accepted.data?.acceptInvitation.user).toEqual({ email: 'urzedniczka@gmina.example', displayName: 'Zofia Łęcka' });
    const me = await api.as(accepted.data!.acceptInvitation.accessToken).gql(`{ me { partnershipRoles { role partnership { id } } } }`);
    expect(me.data?.me.partnershipRoles).toEqual([{ role: 'GMINA_OFFICIAL', partnership: { id: partnership.id } }]);

    const again = onlyError(await api.gql(ACCEPT, { i: { token, displayName: 'Ktoś', password: 'inne-hasło-12345' } }));
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('attaches the role to an existing account without changing its password', async () => {
    const existing = await createPerson(api);
    const { token } = await invite(existing.email, 'ADVISOR');
    const accepted = await api.gql(ACCEPT, { i: { token } });
    expect(accepted.data?.acceptInvitation.user.email).toBe(existing.email);
    expect((await api.signIn(existing.email, PASSWORD)).accessToken).toEqual(expect.any(String));
  });

  it('refuses an expired invitation', async () => {
    const { token } = await invite('spozniony@gmina.example');
    await api.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = 'spozniony@gmina.example'`);
    const error = onlyError(await api.gql(ACCEPT, { i: { token, displayName: 'Spóźniony', password: 'bezpieczne-hasło-1' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE email = 'spozniony@gmina.example'`)).toEqual([{ n: 0 }]);
  });

  it('lets only one of two concurrent acceptances of the same link through', async () => {
    const { token } = await invite('dwa-razy@gmina.example');
    const input = { i: { token, displayName: 'Dwa Razy', password: 'bezpieczne-hasło-1' } };
    const results = await Promise.all([api.gql(ACCEPT, input), api.gql(ACCEPT, input)]);
    expect(results.filter((result) => result.data?.acceptInvitation)).toHaveLength(1);
  });

  it('keeps a partnership from losing its last coordinator', async () => {
    const lone = await partnershipRow(api);
    const only = await signedIn(api, { partnershipId: lone.id, role: PartnershipRole.COORDINATOR });
    const error = onlyError(
      await only.gql(`mutation ($i: RevokePartnershipRoleInput!) { revokePartnershipRole(input: $i) }`, { i: { partnershipId: lone.id, userId: only.account.id } }),
    );
    expect(error.extensions?.code).toBe('CONFLICT');
  });
});
