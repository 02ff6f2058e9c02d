import { TokensService } from '@wspolnie/identity';
import { createTestApp, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { createPerson, PASSWORD } from './people.factory';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { email } } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { email displayName } }`;

describe('accounts and sessions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  const signIn = (email: string, password: string) => api.gql(SIGN_IN, { input: { email, password } });

  it('signs in with e-mail in any case and answers me', async () => {
    const { email } = await createPerson(api);
    const result = await signIn(email.toUpperCase(), PASSWORD);
    expect(result.data?.signIn.user.email).toBe(email);
    expect(await api.as(result.data!.signIn.accessToken).gql(ME)).toMatchObject({ data: { me: { email } } });
  });

  it('gives the same answer for an unknown e-mail and for a wrong password', async () => {
    const { email } = await createPerson(api);
    const unknown = onlyError(await signIn('nikt@test.example', PASSWORD));
    const wrong = onlyError(await signIn(email, 'not-the-password'));
    expect(unknown).toEqual(wrong);
    expect(wrong).toMatchObject({ message: 'The e-mail or the password is not right.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses further sign-ins after five failures for one account, even with the right password', async () => {
    const { email } = await createPerson(api);
    const other = await createPerson(api);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(onlyError(await signIn(email, `wrong-${attempt}`)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = onlyError(await signIn(email, PASSWORD));
    expect(limited.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(limited.message).toMatch(/Too many failed sign-ins/);
    expect((await signIn(other.email, PASSWORD)).data?.signIn.user.email).toBe(other.email);
  });

  it('refuses an expired or forged access token as UNAUTHENTICATED', async () => {
    const { account } = await createPerson(api);
    const tokens = api.app.get(TokensService);
    const expired = tokens.issueAccessToken(account, new Date(Date.now() - 16 * 60 * 1000)).token;
    expect(onlyError(await api.as(expired).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const valid = tokens.issueAccessToken(account).token;
    const forged = `${valid.slice(0, -3)}${valid.endsWith('A') ? 'B' : 'A'}xx`;
    expect(onlyError(await api.as(forged).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const { email } = await createPerson(api);
    const first = (await signIn(email, PASSWORD)).data!.signIn;
    const second = (await api.gql(REFRESH, { t: first.refreshToken })).data!.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = (await api.gql(REFRESH, { t: second.refreshToken })).data!.refreshSession;

    // The first token comes back (stolen, or replayed): the family is revoked.
    expect(onlyError(await api.gql(REFRESH, { t: first.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(REFRESH, { t: third.refreshToken })).message).toBe('This session has ended; sign in again.');
    // Another sign-in of the same person is a separate family and carries on.
    const elsewhere = (await signIn(email, PASSWORD)).data!.signIn;
    expect((await api.gql(REFRESH, { t: elsewhere.refreshToken })).data?.refreshSession).toBeDefined();
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const { email } = await createPerson(api);
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    const results = await Promise.all([api.gql(REFRESH, { t: session.refreshToken }), api.gql(REFRESH, { t: session.refreshToken })]);
    expect(results.filter((result) => result.data?.refreshSession)).toHaveLength(1);
  });

  it('signs out: the refresh token no longer works', async () => {
    const { email } = await createPerson(api);
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    expect((await api.gql(`mutation ($t: String!) { signOut(refreshToken: $t) }`, { t: session.refreshToken })).data).toEqual({ signOut: true });
    expect(onlyError(await api.gql(REFRESH, { t: session.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session when the password changes', async () => {
    const { email } = await createPerson(api);
    const laptop = (await signIn(email, PASSWORD)).data!.signIn;
    const phone = (await signIn(email, PASSWORD)).data!.signIn;
    const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken refreshToken } }`;

    const tooShort = onlyError(await api.as(laptop.accessToken).gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'krótkie' } }));
    expect(tooShort.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrongCurrent = onlyError(await api.as(laptop.accessToken).gql(CHANGE, { input: { currentPassword: 'nie-to-hasło', newPassword: 'nowe-hasło-2026!' } }));
    expect(wrongCurrent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });

    const changed = (await api.as(laptop.accessToken).gql(CHANGE, { input: { currentPassword: PASSWORD, newPassword: 'nowe-hasło-2026!' } })).data!.changePassword;
    for (const old of [laptop, phone]) {
      expect(onlyError(await api.as(old.accessToken).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
      expect(onlyError(await api.gql(REFRESH, { t: old.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await api.as(changed.accessToken).gql(ME)).data?.me.email).toBe(email);
    expect(onlyError(await signIn(email, PASSWORD)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(email, 'nowe-hasło-2026!')).data?.signIn.user.email).toBe(email);
  });

  it('never stores a password or a refresh token in the clear', async () => {
    const { email } = await createPerson(api);
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    const dump = JSON.stringify(await api.dataSource.query(`SELECT a.*, t.* FROM user_account a JOIN refresh_token t ON t.user_id = a.id WHERE a.email = $1`, [email]));
    expect(dump).not.toContain(PASSWORD);
    expect(dump).not.toContain(session.refreshToken);
  });
});
