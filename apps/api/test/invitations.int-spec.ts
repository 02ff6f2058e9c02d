import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, type GraphqlClient, onlyError, type TestApp, tokenFromMail } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { createPerson, partnershipRow, PASSWORD, RAJCZA, signedIn, UJSOLY } from './people.factory';

const INVITE = `mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id email role status expiresAt gmina { name } partnership { id } } }`;
const ACCEPT = `mutation ($t: String!) { acceptInvitation(token: $t) { role gmina { name } partnership { id } } }`;
const CREATE_ACCOUNT = `mutation ($i: CreateAccountFromInvitationInput!) { createAccountFromInvitation(input: $i) { accessToken user { email displayName } } }`;
const PREVIEW = `query ($t: String!) { invitation(token: $t) { email role accountExists partnershipName gmina { name } } }`;
const ME = `{ me { email isPlatformAdmin partnershipRoles { role partnership { id } } } }`;

describe('invitations', () => {
  let api: TestApp;
  let partnership: { id: string; slug: string };
  let coordinator: Awaited<ReturnType<typeof signedIn>>;

  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, env: { PUBLIC_URL: 'https://wspolnie.example' } });
    partnership = await partnershipRow(api, { members: [RAJCZA, UJSOLY] });
    coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
  });
  afterAll(() => api?.close());

  const invite = async (email: string, role = 'GMINA_OFFICIAL', gminaTerc: string | null = RAJCZA, as: GraphqlClient = coordinator) => {
    const result = await as.gql(INVITE, { i: { partnershipId: partnership.id, email, role, gminaTerc } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.inviteToPartnership;
  };

  it('e-mails the link to the invitee only: no answer carries the token, and only its hash is stored', async () => {
    const invitation = await invite('Nowa.Osoba@Gmina.example');
    expect(invitation).toMatchObject({ email: 'nowa.osoba@gmina.example', role: 'GMINA_OFFICIAL', status: 'PENDING', gmina: { name: 'Rajcza' }, partnership: { id: partnership.id } });
    const token = await tokenFromMail(api, 'nowa.osoba@gmina.example');
    const [mail] = await api.dataSource.query(`SELECT subject, body FROM mail_message WHERE recipient = 'nowa.osoba@gmina.example'`);
    expect(mail.subject).toBe(`Zaproszenie do partnerstwa „Partnerstwo ${partnership.slug}” we Wspólnie`);
    expect(mail.body).toContain(`https://wspolnie.example/accept-invitation#token=${token}`);
    expect(mail.body).toContain('w roli: urzędnik gminy Rajcza.');
    const listed = await coordinator.gql(`query ($id: UUID) { partnership(id: $id) { invitations { totalCount edges { node { email status sentAt } } } } }`, { id: partnership.id });
    const stored = JSON.stringify(await api.dataSource.query(`SELECT * FROM invitation`));
    for (const answer of [JSON.stringify(invitation), JSON.stringify(listed), stored]) expect(answer).not.toContain(token);
    expect(listed.data?.partnership.invitations.edges).toContainEqual({ node: { email: 'nowa.osoba@gmina.example', status: 'PENDING', sentAt: expect.any(String) } });
  });

  it('creates the account only through the link, gives the role and signs in; the link works once', async () => {
    await invite('urzedniczka@gmina.example', 'GMINA_OFFICIAL', UJSOLY);
    const token = await tokenFromMail(api, 'urzedniczka@gmina.example');
    expect((await api.gql(PREVIEW, { t: token })).data?.invitation).toEqual({
      email: 'urzedniczka@gmina.example',
      role: 'GMINA_OFFICIAL',
      accountExists: false,
      partnershipName: `Partnerstwo ${partnership.slug}`,
      gmina: { name: 'Ujsoły' },
    });
    const weak = onlyError(await api.gql(CREATE_ACCOUNT, { i: { token, displayName: 'Zofia Łęcka', password: 'krótkie' } }));
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const created = await api.gql(CREATE_ACCOUNT, { i: { token, displayName: 'Zofia Łęcka', password: 'bezpieczne-hasło-1' } });
    expect(created.data?.createAccountFromInvitation.user).toEqual({ email: 'urzedniczka@gmina.example', displayName: 'Zofia Łęcka' });
    const me = await api.as(created.data!.createAccountFromInvitation.accessToken).gql(`{ me { partnershipRoles { role gmina { name } partnership { id } } } }`);
    expect(me.data?.me.partnershipRoles).toEqual([{ role: 'GMINA_OFFICIAL', gmina: { name: 'Ujsoły' }, partnership: { id: partnership.id } }]);

    const again = onlyError(await api.gql(CREATE_ACCOUNT, { i: { token, displayName: 'Ktoś', password: 'inne-hasło-12345' } }));
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(onlyError(await api.gql(PREVIEW, { t: token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('lets an existing account accept only when signed in as that account, and opens no session', async () => {
    const existing = await createPerson(api);
    await invite(existing.email, 'ADVISOR', null);
    const token = await tokenFromMail(api, existing.email);
    expect((await api.gql(PREVIEW, { t: token })).data?.invitation.accountExists).toBe(true);
    // Without its session: neither the public path nor another account gets in.
    expect(onlyError(await api.gql(ACCEPT, { t: token })).extensions?.code).toBe('UNAUTHENTICATED');
    const created = onlyError(await api.gql(CREATE_ACCOUNT, { i: { token, displayName: 'Przejęcie', password: 'hasło-przejęcia-1' } }));
    expect(created.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });
    const someoneElse = await signedIn(api);
    expect(onlyError(await someoneElse.gql(ACCEPT, { t: token })).extensions?.code).toBe('FORBIDDEN');
    // The refusals used nothing up: the right account accepts.
    const owner = await api.signIn(existing.email, PASSWORD);
    const accepted = await owner.gql(ACCEPT, { t: token });
    expect(accepted.data?.acceptInvitation).toEqual({ role: 'ADVISOR', gmina: null, partnership: { id: partnership.id } });
    expect(JSON.stringify(accepted)).not.toMatch(/accessToken|refreshToken/);
    expect(onlyError(await owner.gql(ACCEPT, { t: token })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('refuses the three-call takeover of an administrator at every step', async () => {
    const admin = await signedIn(api, { admin: true });
    // 1. Invite the administrator: the answer carries no link, and the e-mail goes to them.
    const invitation = await coordinator.gql(`mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id email } }`, {
      i: { partnershipId: partnership.id, email: admin.email, role: 'OBSERVER' },
    });
    expect(JSON.stringify(invitation)).not.toMatch(/token|http/i);
    expect(Object.keys(invitation.data?.inviteToPartnership ?? {}).sort()).toEqual(['email', 'id']);
    // 2. The schema has no field an inviter could read a link or token from.
    const fields = await api.gql(`{ __type(name: "Invitation") { fields { name } } }`);
    expect(fields.data?.__type.fields.map((field: any) => field.name)).not.toEqual(expect.arrayContaining(['acceptUrl', 'token', 'tokenHash']));
    // 3. Even with the token, accepting for an existing account never opens a session for it.
    const token = await tokenFromMail(api, admin.email);
    expect(onlyError(await coordinator.gql(ACCEPT, { t: token })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await api.gql(CREATE_ACCOUNT, { i: { token, displayName: 'X', password: 'przejmuję-konto-1' } })).extensions?.code).toBe('CONFLICT');
    expect((await coordinator.gql(ME)).data?.me).toMatchObject({ email: coordinator.email, isPlatformAdmin: false });
  });

  it('keeps nobody from inviting themselves, or someone who takes part already', async () => {
    expect(onlyError(await coordinator.gql(INVITE, { i: { partnershipId: partnership.id, email: coordinator.email, role: 'OBSERVER' } })).extensions?.code).toBe('FORBIDDEN');
    const member = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const takesPart = onlyError(await coordinator.gql(INVITE, { i: { partnershipId: partnership.id, email: member.email, role: 'ADVISOR' } }));
    expect(takesPart.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(takesPart.message).toContain(`(${member.email}) already takes part in this partnership as observer; change their role instead.`);
    const official = onlyError(await coordinator.gql(INVITE, { i: { partnershipId: partnership.id, email: 'bez-gminy@test.example', role: 'GMINA_OFFICIAL' } }));
    expect(official.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    const notMember = onlyError(await coordinator.gql(INVITE, { i: { partnershipId: partnership.id, email: 'istebna@test.example', role: 'GMINA_OFFICIAL', gminaTerc: '2403092' } }));
    expect(notMember).toMatchObject({ message: 'Istebna (2403092) is not a member of this partnership.', extensions: { code: 'BAD_USER_INPUT', field: 'gminaTerc' } });
  });

  it('sends an invitation again with a new link, and cancels one: old links stop working', async () => {
    const invitation = await invite('resend@gmina.example', 'OBSERVER', null);
    const first = await tokenFromMail(api, 'resend@gmina.example');
    const pending = onlyError(await coordinator.gql(INVITE, { i: { partnershipId: partnership.id, email: 'resend@gmina.example', role: 'OBSERVER' } }));
    expect(pending.extensions).toMatchObject({ code: 'CONFLICT', invitationId: invitation.id });
    expect(pending.message).toMatch(/^resend@gmina\.example was invited already \(\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}\) and has not answered yet; send that invitation again or cancel it\.$/);
    await api.dataSource.query(`UPDATE mail_message SET created_at = created_at - interval '1 minute' WHERE recipient = 'resend@gmina.example'`);
    const resent = await coordinator.gql(`mutation ($id: UUID!) { resendInvitation(id: $id) { status expiresAt } }`, { id: invitation.id });
    expect(resent.data?.resendInvitation.status).toBe('PENDING');
    const second = await tokenFromMail(api, 'resend@gmina.example');
    expect(second).not.toBe(first);
    expect(onlyError(await api.gql(PREVIEW, { t: first })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(PREVIEW, { t: second })).data?.invitation.email).toBe('resend@gmina.example');

    const cancelled = await coordinator.gql(`mutation ($id: UUID!) { cancelInvitation(id: $id) { status } }`, { id: invitation.id });
    expect(cancelled.data?.cancelInvitation.status).toBe('CANCELLED');
    expect(onlyError(await api.gql(CREATE_ACCOUNT, { i: { token: second, displayName: 'Za późno', password: 'bezpieczne-hasło-1' } })).extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlyError(await coordinator.gql(`mutation ($id: UUID!) { resendInvitation(id: $id) { id } }`, { id: invitation.id })).extensions?.code).toBe('CONFLICT');
    // Other people of the partnership do not manage invitations.
    const observer = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    expect(onlyError(await observer.gql(`mutation ($id: UUID!) { cancelInvitation(id: $id) { id } }`, { id: invitation.id })).extensions?.code).toBe('FORBIDDEN');
    expect(onlyError(await observer.gql(`query ($id: UUID) { partnership(id: $id) { invitations { totalCount } } }`, { id: partnership.id })).extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses an expired invitation and creates nothing', async () => {
    await invite('spozniony@gmina.example', 'OBSERVER', null);
    const token = await tokenFromMail(api, 'spozniony@gmina.example');
    await api.dataSource.query(`UPDATE invitation SET expires_at = now() - interval '1 second' WHERE email = 'spozniony@gmina.example'`);
    const error = onlyError(await api.gql(CREATE_ACCOUNT, { i: { token, displayName: 'Spóźniony', password: 'bezpieczne-hasło-1' } }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE email = 'spozniony@gmina.example'`)).toEqual([{ n: 0 }]);
  });

  it('lets only one of two concurrent acceptances of the same link through', async () => {
    await invite('dwa-razy@gmina.example', 'OBSERVER', null);
    const token = await tokenFromMail(api, 'dwa-razy@gmina.example');
    const input = { i: { token, displayName: 'Dwa Razy', password: 'bezpieczne-hasło-1' } };
    const results = await Promise.all([api.gql(CREATE_ACCOUNT, input), api.gql(CREATE_ACCOUNT, input)]);
    expect(results.filter((result) => result.data?.createAccountFromInvitation)).toHaveLength(1);
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
