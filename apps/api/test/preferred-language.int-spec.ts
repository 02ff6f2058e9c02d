import { PartnershipRole } from '@wspolnie/identity';
import { createTestApp, onlyError, type TestApp, tokenFromMail } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { createPerson, partnershipRow, PASSWORD, signedIn } from './people.factory';

const SET = `mutation ($language: Language!) { setPreferredLanguage(language: $language) { id preferredLanguage } }`;
const ME = `{ me { preferredLanguage } }`;
const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { user { preferredLanguage } } }`;

describe('the language remembered with an account', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  it('is Polish until chosen, then kept: in me, in the next session and in the database', async () => {
    const person = await signedIn(api);
    const me = api.as(person.accessToken);
    expect((await me.gql(ME)).data).toEqual({ me: { preferredLanguage: 'PL' } });
    const chosen = await me.gql(SET, { language: 'EN' });
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data).toEqual({ setPreferredLanguage: { id: person.account.id, preferredLanguage: 'EN' } });
    expect((await me.gql(ME)).data).toEqual({ me: { preferredLanguage: 'EN' } });
    expect(await api.dataSource.query(`SELECT preferred_language FROM user_account WHERE id = $1`, [person.account.id])).toEqual([{ preferred_language: 'en' }]);
    // A new session (another device) learns it from the sign-in answer, before asking anything else.
    expect((await api.gql(SIGN_IN, { input: { email: person.email, password: PASSWORD } })).data).toEqual({ signIn: { user: { preferredLanguage: 'EN' } } });
    expect((await me.gql(SET, { language: 'PL' })).data?.setPreferredLanguage.preferredLanguage).toBe('PL');
    expect((await me.gql(ME)).data).toEqual({ me: { preferredLanguage: 'PL' } });
  });

  it('takes only the known languages', async () => {
    const person = await signedIn(api);
    const refused = onlyError(await api.as(person.accessToken).gql(SET, { language: 'DE' }));
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    await expect(api.dataSource.query(`UPDATE user_account SET preferred_language = 'de' WHERE id = $1`, [person.account.id])).rejects.toThrow(/user_account_preferred_language_known/);
  });

  it('is not shown to anyone else: others in the same partnership read null', async () => {
    const partnership = await partnershipRow(api);
    const chooser = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
    const coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
    await api.as(chooser.accessToken).gql(SET, { language: 'EN' });
    const people = await api.as(coordinator.accessToken).gql(`query ($id: UUID!) { partnership(id: $id) { people { user { id email preferredLanguage } } } }`, { id: partnership.id });
    expect(people.errors).toBeUndefined();
    const rows = people.data?.partnership.people.map((access: { user: unknown }) => access.user);
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: chooser.account.id, email: chooser.email, preferredLanguage: null },
        { id: coordinator.account.id, email: coordinator.email, preferredLanguage: 'PL' },
      ]),
    );
    // Their own row, read by themself in the same list, shows it.
    const own = await api.as(chooser.accessToken).gql(`query ($id: UUID!) { partnership(id: $id) { people { user { id preferredLanguage } } } }`, { id: partnership.id });
    expect(own.data?.partnership.people).toEqual(expect.arrayContaining([{ user: { id: chooser.account.id, preferredLanguage: 'EN' } }]));
  });

  it('starts an account made from an invitation in the language its page was read in', async () => {
    const partnership = await partnershipRow(api);
    const coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
    const CREATE = `mutation ($i: CreateAccountFromInvitationInput!) { createAccountFromInvitation(input: $i) { user { preferredLanguage } } }`;
    const created: Record<string, unknown> = {};
    for (const [email, header] of [['reads.english@test.example', 'en-GB,en;q=0.9'], ['czyta.po.polsku@test.example', 'pl']]) {
      await coordinator.gql(`mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id } }`, { i: { partnershipId: partnership.id, email, role: 'OBSERVER' } });
      const input = { token: await tokenFromMail(api, email), displayName: 'Nowa osoba', password: 'hasło-z-zaproszenia-1' };
      created[email] = (await api.gql(CREATE, { i: input }, { 'accept-language': header })).data?.createAccountFromInvitation.user.preferredLanguage;
    }
    expect(created).toEqual({ 'reads.english@test.example': 'EN', 'czyta.po.polsku@test.example': 'PL' });
  });

  it('writes the e-mail for a new password in the chosen language', async () => {
    const { email } = await createPerson(api);
    const english = await signedIn(api);
    await api.as(english.accessToken).gql(SET, { language: 'EN' });
    const REQUEST = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
    await api.gql(REQUEST, { e: email }, { 'x-forwarded-for': '198.51.100.201' });
    await api.gql(REQUEST, { e: english.email }, { 'x-forwarded-for': '198.51.100.202' });
    const subjects = await api.dataSource.query(`SELECT recipient, subject FROM mail_message WHERE recipient = ANY($1) ORDER BY recipient`, [[email, english.email]]);
    expect(Object.fromEntries(subjects.map((row: { recipient: string; subject: string }) => [row.recipient, row.subject]))).toEqual({
      [email]: 'Ustawienie nowego hasła we Wspólnie',
      [english.email]: 'A new password for Wspólnie',
    });
  });
});
