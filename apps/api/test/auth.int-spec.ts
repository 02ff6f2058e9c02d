import { AccountsService, TokensService } from '@wspolnie/identity';
import { createTestApp, onlyError, type TestApp, tokenFromMail } from '@wspolnie/platform-testing';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { createPerson, PASSWORD } from './people.factory';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { email } } }`;
const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { email displayName } }`;

describe('accounts and sessions', () => {
  let api: TestApp;
  beforeAll(async () => {
    // As behind a reverse proxy on this machine: the client's address comes from X-Forwarded-For.
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => api?.close());

  let addresses = 0;
  /** A client address of its own, so one test's failures never count against another's. */
  const address = () => `198.51.100.${++addresses}`;
  const signIn = (email: string, password: string, from = '203.0.113.1') => api.gql(SIGN_IN, { input: { email, password } }, { 'x-forwarded-for': from });
  const sessionOf = (accessToken: string) => JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString()).sid as string;

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
    const polish = onlyError(await api.gql(SIGN_IN, { input: { email, password: 'not-the-password' } }, { 'x-forwarded-for': '203.0.113.1', 'accept-language': 'pl' }));
    expect(polish).toMatchObject({ message: 'Adres e-mail lub hasło są nieprawidłowe.', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses further sign-ins after five failures for one account, even with the right password', async () => {
    const { email } = await createPerson(api);
    const other = await createPerson(api);
    const from = address();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(onlyError(await signIn(email, `wrong-${attempt}`, from)).extensions?.code).toBe('UNAUTHENTICATED');
    }
    const limited = onlyError(await signIn(email, PASSWORD, from));
    expect(limited.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(limited.message).toMatch(/^Too many failed sign-ins for this account\. Try again in \d+ minutes?\.$/);
    expect((await signIn(other.email, PASSWORD, from)).data?.signIn.user.email).toBe(other.email);
  });

  it('counts parallel guesses too: of 50 wrong sign-ins sent at once, exactly the limit is checked', async () => {
    const { email } = await createPerson(api);
    const from = address();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => signIn(email, `zgadywane-${i}`, from)));
    const codes = results.map((result) => onlyError(result).extensions?.code);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(45);
  });

  it('counts failures per client address as the trusted proxy tells it, not per proxy', async () => {
    const guesser = address();
    const someoneElse = address();
    for (let i = 0; i < 30; i += 1) expect(onlyError(await signIn(`nikt${i}@test.example`, 'zgadywane', guesser)).extensions?.code).toBe('UNAUTHENTICATED');
    const { email } = await createPerson(api);
    expect(onlyError(await signIn(email, PASSWORD, guesser)).extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Behind the same proxy (every request comes from 127.0.0.1), another client is not locked out.
    expect((await signIn(email, PASSWORD, someoneElse)).data?.signIn.user.email).toBe(email);
  });

  it('refuses an expired or forged access token as UNAUTHENTICATED', async () => {
    const { account, email } = await createPerson(api);
    const session = sessionOf((await signIn(email, PASSWORD)).data!.signIn.accessToken);
    const tokens = api.app.get(TokensService);
    const expired = tokens.issueAccessToken(account, session, new Date(Date.now() - 16 * 60 * 1000)).token;
    expect(onlyError(await api.as(expired).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    const valid = tokens.issueAccessToken(account, session).token;
    expect((await api.as(valid).gql(ME)).data?.me.email).toBe(email);
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
    expect(onlyError(await api.gql(REFRESH, { t: third.refreshToken })).message).toBe('The session has ended; sign in again.');
    expect(onlyError(await api.as(third.accessToken).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    // Another sign-in of the same person is a separate family and carries on.
    const elsewhere = (await signIn(email, PASSWORD)).data!.signIn;
    expect((await api.gql(REFRESH, { t: elsewhere.refreshToken })).data?.refreshSession).toBeDefined();
  });

  it("keeps the browser app's refresh token in an HttpOnly cookie it asks for, rotated, and removed on sign-out", async () => {
    const { email } = await createPerson(api);
    const post = (query: string, variables: Record<string, unknown>, cookie?: string) =>
      fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'en', 'x-wspolnie-session': 'cookie', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
    const cookieOf = (response: Response) => response.headers.getSetCookie().find((line) => line.startsWith('wspolnie_session='));

    const signedIn = await post(SIGN_IN, { input: { email, password: PASSWORD } });
    expect(((await signedIn.json()) as any).data.signIn.refreshToken).toBe('');
    const first = cookieOf(signedIn)!;
    expect(first).toMatch(/^wspolnie_session=[\w-]+; Path=\/graphql; Expires=.+; HttpOnly; SameSite=Strict$/);
    const firstValue = first.split(';')[0];

    // An empty argument means the cookie's token; the answer carries a new one in a new cookie.
    const refreshed = await post(REFRESH, { t: '' }, firstValue);
    const body = (await refreshed.json()) as any;
    expect(body.data.refreshSession).toMatchObject({ refreshToken: '' });
    expect(await api.as(body.data.refreshSession.accessToken).gql(ME)).toMatchObject({ data: { me: { email } } });
    const second = cookieOf(refreshed)!.split(';')[0];
    expect(second).not.toBe(firstValue);

    // The old cookie replayed ends the session, and the answer removes the cookie.
    const replayed = await post(REFRESH, { t: '' }, firstValue);
    expect(((await replayed.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(cookieOf(replayed)).toMatch(/^wspolnie_session=; Path=\/graphql; Expires=Thu, 01 Jan 1970/);
    expect(((await (await post(REFRESH, { t: '' }, second)).json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // Without the header nothing changes for other clients: no cookie, the token in the answer.
    const plain = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: PASSWORD } } }) });
    expect(cookieOf(plain)).toBeUndefined();
    expect(((await plain.json()) as any).data.signIn.refreshToken).not.toBe('');

    // Signing out with the cookie ends that session and removes the cookie.
    const again = cookieOf(await post(SIGN_IN, { input: { email, password: PASSWORD } }))!.split(';')[0];
    const signedOut = await post('mutation { signOut(refreshToken: "") }', {}, again);
    expect(cookieOf(signedOut)).toMatch(/^wspolnie_session=;/);
    expect(((await (await post(REFRESH, { t: '' }, again)).json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('lets only one of two concurrent refreshes with the same token win', async () => {
    const { email } = await createPerson(api);
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    const results = await Promise.all([api.gql(REFRESH, { t: session.refreshToken }), api.gql(REFRESH, { t: session.refreshToken })]);
    expect(results.filter((result) => result.data?.refreshSession)).toHaveLength(1);
  });

  it('signs out: the refresh token and every access token of the session stop working at once', async () => {
    const { email } = await createPerson(api);
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    const refreshed = (await api.gql(REFRESH, { t: session.refreshToken })).data!.refreshSession;
    const other = (await signIn(email, PASSWORD)).data!.signIn;
    expect((await api.gql(`mutation ($t: String!) { signOut(refreshToken: $t) }`, { t: refreshed.refreshToken })).data).toEqual({ signOut: true });
    expect(onlyError(await api.gql(REFRESH, { t: refreshed.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    for (const token of [session.accessToken, refreshed.accessToken]) expect(onlyError(await api.as(token).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    // Another sign-in of the same person carries on; signing out everywhere ends it too.
    expect((await api.as(other.accessToken).gql(ME)).data?.me.email).toBe(email);
    expect((await api.as(other.accessToken).gql(`mutation { signOutEverywhere }`)).data).toEqual({ signOutEverywhere: true });
    expect(onlyError(await api.as(other.accessToken).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ends every session of a platform administrator who loses the title', async () => {
    const { email } = await createPerson(api, { admin: true });
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    expect((await api.as(session.accessToken).gql(`{ me { isPlatformAdmin } }`)).data?.me.isPlatformAdmin).toBe(true);
    await api.app.get(AccountsService).setPlatformAdmin(email, false);
    expect(onlyError(await api.as(session.accessToken).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await api.gql(REFRESH, { t: session.refreshToken })).extensions?.code).toBe('UNAUTHENTICATED');
    const again = (await signIn(email, PASSWORD)).data!.signIn;
    expect((await api.as(again.accessToken).gql(`{ me { isPlatformAdmin } }`)).data?.me.isPlatformAdmin).toBe(false);
  });

  it('resets a forgotten password through a single-use e-mailed link, ending every session', async () => {
    const REQUEST = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
    const RESET = `mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
    const { email } = await createPerson(api);
    const session = (await signIn(email, PASSWORD)).data!.signIn;
    const unknown = await api.gql(REQUEST, { e: 'nie-ma-konta@test.example' }, { 'x-forwarded-for': address() });
    const known = await api.gql(REQUEST, { e: email.toUpperCase() }, { 'x-forwarded-for': address() });
    // The same answer whether the address has an account or not; mail only to the account.
    expect(unknown).toEqual(known);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM mail_message WHERE recipient = 'nie-ma-konta@test.example'`)).toEqual([{ n: 0 }]);
    const [mail] = await api.dataSource.query(`SELECT subject, body FROM mail_message WHERE recipient = $1`, [email]);
    expect(mail.subject).toBe('Ustawienie nowego hasła we Wspólnie');
    expect(mail.body).toMatch(/^http:\/\/localhost:\d+\/reset-password#token=[\w-]{43}$/m);
    const token = await tokenFromMail(api, email);
    expect(JSON.stringify(await api.dataSource.query(`SELECT * FROM password_reset`))).not.toContain(token);

    // A too-short password is refused without using the link up.
    expect(onlyError(await api.gql(RESET, { i: { token, newPassword: 'krótkie' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await api.gql(RESET, { i: { token, newPassword: 'nowe-hasło-po-resecie' } })).data).toEqual({ resetPassword: true });
    expect(onlyError(await api.gql(RESET, { i: { token, newPassword: 'jeszcze-inne-hasło' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(onlyError(await api.as(session.accessToken).gql(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    expect(onlyError(await signIn(email, PASSWORD)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(email, 'nowe-hasło-po-resecie')).data?.signIn.user.email).toBe(email);
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
