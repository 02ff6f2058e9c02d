import { PUBLIC_MAILS_PER_RECIPIENT } from '@wspolnie/identity';
import { onlyError, type TestApp, tokenFromMail } from '@wspolnie/platform-testing';
import { must, person, programme, type ProgrammeWorld, RAJCZA, startAdvisoryApp, UJSOLY } from './advisory.factory';
import { CANCEL_MINE, CONFIRM, OFFER, openSeminar, REGISTER, REGISTER_PUBLICLY, SEMINAR_TITLE, seats, statusOf, tally } from './registration-world';

let sequence = 0;
const address = (tag = 'gosc') => `${tag}.${++sequence}.${Date.now().toString(36)}@test.example`;

describe('registration without an account, and seats under concurrent sign-ups', () => {
  let api: TestApp;
  let world: ProgrammeWorld;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
  });
  afterAll(() => api?.close());

  it('e-mails a single-use link that confirms the registration once, and answers no token', async () => {
    const id = await openSeminar(api, world, 5);
    const email = address('Zofia.Wojcik');
    const answer = await api.gql(REGISTER_PUBLICLY, { i: { activityId: id, name: '  Zofia Wójcik ', email: `  ${email.toUpperCase()} `, gminaTerc: UJSOLY } });
    expect(answer).toEqual({ data: { registerPublicly: { email: email.toLowerCase(), status: 'PENDING' } } });

    const [mail] = await api.dataSource.query(`SELECT recipient, subject, body FROM mail_message WHERE recipient = $1`, [email.toLowerCase()]);
    expect(mail.subject).toBe(`Potwierdź zgłoszenie: „${SEMINAR_TITLE}”`);
    expect(mail.body).toContain('w imieniu gminy Ujsoły');
    expect(mail.body).toContain('7 marca 2027');
    expect(mail.body).toMatch(/http:\/\/localhost:\d+\/rejestracja\/potwierdz#token=[\w-]{43}\n/);
    // Not the online link: that goes to confirmed registrants only.
    expect(mail.body).not.toContain('example.org');
    const token = await tokenFromMail(api, email);
    expect(JSON.stringify(answer)).not.toContain(token);
    const [stored] = await api.dataSource.query(`SELECT name, status, token_hash, token_expires_at FROM activity_registration WHERE activity_id = $1`, [id]);
    expect(stored).toMatchObject({ name: 'Zofia Wójcik', status: 'PENDING' });
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_expires_at.getTime() - Date.now()).toBeLessThanOrEqual(48 * 3_600_000);
    expect(await seats(api, id)).toEqual({ confirmed: 0, participants: 0, named: 0 });

    // Twice: answered as the first time (the form tells nobody who has registered); the address's owner is told by e-mail.
    expect(await api.gql(REGISTER_PUBLICLY, { i: { activityId: id, name: 'Zofia Wójcik', email, gminaTerc: UJSOLY } })).toEqual(answer);
    const mails = await api.dataSource.query(`SELECT subject FROM mail_message WHERE recipient = $1 ORDER BY created_at`, [email.toLowerCase()]);
    expect(mails.map((sent: { subject: string }) => sent.subject)).toEqual([`Potwierdź zgłoszenie: „${SEMINAR_TITLE}”`, `Zgłoszenie już przyjęte: „${SEMINAR_TITLE}”`]);
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM activity_registration WHERE activity_id = $1`, [id])).toEqual([{ n: 1 }]);

    expect(await must(api, CONFIRM, { i: { token } })).toEqual({ email: email.toLowerCase(), status: 'CONFIRMED' });
    expect(await seats(api, id)).toEqual({ confirmed: 1, participants: 1, named: 1 });
    const [used] = await api.dataSource.query(`SELECT status, token_hash FROM activity_registration WHERE activity_id = $1`, [id]);
    expect(used).toEqual({ status: 'CONFIRMED', token_hash: null });
    expect((await must(api, OFFER, { id })).seatsLeft).toBe(4);

    const before = await tally(api, id);
    const again = onlyError(await api.gql(CONFIRM, { i: { token } }));
    const madeUp = onlyError(await api.gql(CONFIRM, { i: { token: 'b3Jkb3dhbmUtbmllLWlzdG5pZWplLXRva2VuLXRlc3Rvd3k' } }));
    for (const refused of [again, madeUp]) expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(again.message).toBe(madeUp.message);
    expect(await tally(api, id)).toEqual(before);
  });

  it('refuses a malformed e-mail, an unknown TERC, an expired link and a closed seminar, changing nothing', async () => {
    const id = await openSeminar(api, world, 5);
    const before = await tally(api, id);
    const malformed = onlyError(await api.gql(REGISTER_PUBLICLY, { i: { activityId: id, name: 'Jan Kowalski', email: 'jan.kowalski(at)rajcza.pl', gminaTerc: RAJCZA } }));
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const unknown = onlyError(await api.gql(REGISTER_PUBLICLY, { i: { activityId: id, name: 'Jan Kowalski', email: address(), gminaTerc: '2417999' } }));
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await tally(api, id)).toEqual(before);

    // An expired link says what a made-up one says; the address may register again afterwards.
    const email = address();
    await must(api, REGISTER_PUBLICLY, { i: { activityId: id, name: 'Jan Kowalski', email, gminaTerc: RAJCZA } });
    const stale = await tokenFromMail(api, email);
    await api.dataSource.query(`UPDATE activity_registration SET token_expires_at = now() - interval '1 minute' WHERE email = $1`, [email]);
    expect(onlyError(await api.gql(CONFIRM, { i: { token: stale } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    await must(api, REGISTER_PUBLICLY, { i: { activityId: id, name: 'Jan Kowalski', email, gminaTerc: RAJCZA } });
    expect((await api.dataSource.query(`SELECT status FROM activity_registration WHERE email = $1 ORDER BY created_at, status`, [email])).map((row: { status: string }) => row.status).sort()).toEqual(['CANCELLED', 'PENDING']);

    // Closed early by the organisers: the link no longer works.
    await api.dataSource.query(`UPDATE activity SET registration_open = false, registration_closes_at = now() WHERE id = $1`, [id]);
    const closed = onlyError(await api.gql(CONFIRM, { i: { token: await tokenFromMail(api, email) } }));
    expect(closed.extensions).toMatchObject({ code: 'CONFLICT', field: 'token' });
    expect(onlyError(await api.gql(REGISTER_PUBLICLY, { i: { activityId: id, name: 'Ewa Nowak', email: address(), gminaTerc: RAJCZA } })).extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'activityId',
    });
  });

  it('sends one address at most three links an hour, however many seminars ask', async () => {
    const email = address('czesto');
    for (let i = 0; i < PUBLIC_MAILS_PER_RECIPIENT; i += 1) {
      await must(api, REGISTER_PUBLICLY, { i: { activityId: await openSeminar(api, world, 5), name: 'Jan Częsty', email, gminaTerc: RAJCZA } });
    }
    const refused = onlyError(await api.gql(REGISTER_PUBLICLY, { i: { activityId: await openSeminar(api, world, 5), name: 'Jan Częsty', email, gminaTerc: RAJCZA } }));
    expect(refused.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM mail_message WHERE recipient = $1`, [email])).toEqual([{ n: PUBLIC_MAILS_PER_RECIPIENT }]);
  });

  it('never gives more seats than there are when 20 people sign up at once', async () => {
    const id = await openSeminar(api, world, 5);
    const people = await Promise.all(Array.from({ length: 20 }, () => person(api)));
    const results = await Promise.all(people.map((someone, index) => someone.gql(REGISTER, { i: { activityId: id, gminaTerc: index % 2 ? RAJCZA : UJSOLY } })));
    const confirmed = results.filter((result) => result.data?.['registerForActivity']?.status === 'CONFIRMED');
    const refused = results.filter((result) => result.errors?.[0]?.extensions?.field === 'activityId' && result.errors[0].extensions.code === 'CONFLICT');
    expect([confirmed.length, refused.length]).toEqual([5, 15]);
    expect(await seats(api, id)).toEqual({ confirmed: 5, participants: 5, named: 5 });
    expect(await api.dataSource.query(`SELECT count(*)::int AS n FROM activity_registration WHERE activity_id = $1`, [id])).toEqual([{ n: 5 }]);

    // One cancels while the other 15 retry for the waiting list at once: the seat goes to exactly one of them.
    const winner = people[results.indexOf(confirmed[0])];
    const losers = people.filter((_, index) => !confirmed.includes(results[index]));
    await Promise.all([winner.gql(CANCEL_MINE, { i: { activityId: id } }), ...losers.map((someone) => someone.gql(REGISTER, { i: { activityId: id, gminaTerc: RAJCZA, joinWaitingList: true } }))]);
    expect(await seats(api, id)).toEqual({ confirmed: 5, participants: 5, named: 5 });
    // Whichever came first, the cancellation or a retry, one of the 15 has the seat and 14 wait.
    const statuses = (await statusOf(world.manager, id)).map((row) => row.status);
    expect(['CANCELLED', 'CONFIRMED', 'WAITLISTED'].map((status) => statuses.filter((one) => one === status).length)).toEqual([1, 5, 14]);
  });

  it('puts those who confirm their links at once on the waiting list once the seats are gone', async () => {
    const id = await openSeminar(api, world, 5);
    const emails = Array.from({ length: 20 }, () => address());
    for (const email of emails) await must(api, REGISTER_PUBLICLY, { i: { activityId: id, name: 'Gość Seminarium', email, gminaTerc: RAJCZA } });
    const tokens = await Promise.all(emails.map((email) => tokenFromMail(api, email)));
    const receipts = await Promise.all(tokens.map((token) => must(api, CONFIRM, { i: { token } })));
    const count = (status: string) => receipts.filter((receipt) => receipt.status === status).length;
    expect([count('CONFIRMED'), count('WAITLISTED')]).toEqual([5, 15]);
    expect(await seats(api, id)).toEqual({ confirmed: 5, participants: 5, named: 5 });
    expect((await must(api, OFFER, { id })).seatsLeft).toBe(0);
  });
});
