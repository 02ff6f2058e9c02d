import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { must, person, programme, type ProgrammeWorld, RAJCZA, startAdvisoryApp, UJSOLY } from './advisory.factory';
import { CANCEL, CANCEL_MINE, CLOSE, inDays, LIST, OFFER, OPEN, openSeminar, REGISTER, SEMINAR_TITLE, seats, seminar, statusOf, tally } from './registration-world';

describe('registrations for seminars, conferences and educational meetings', () => {
  let api: TestApp;
  let world: ProgrammeWorld;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
  });
  afterAll(() => api?.close());

  it('opens registration for a seminar only, with a deadline in the future and no fewer seats than are confirmed', async () => {
    const consultation = await seminar(api, world, { kind: 'CONSULTATION', title: 'Konsultacja w Rajczy' });
    const notRegistrable = onlyError(await world.consultant.gql(OPEN, { i: { activityId: consultation, closesAt: inDays(3) } }));
    expect(notRegistrable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    expect(notRegistrable.message).toContain('„Konsultacja w Rajczy” is a consultation');
    const id = await seminar(api, world);
    const past = onlyError(await world.consultant.gql(OPEN, { i: { activityId: id, closesAt: inDays(-1) } }));
    expect(past.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    const range = onlyError(await world.consultant.gql(OPEN, { i: { activityId: id, closesAt: inDays(3), capacity: 0 } }));
    expect(range.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });

    const opened = await must(world.consultant, OPEN, { i: { activityId: id, closesAt: inDays(3), capacity: 2 } });
    expect(opened).toMatchObject({ registrationOpen: true, capacity: 2, version: 2, seatsTaken: 0, registrations: [] });
    for (const someone of [await person(api), await person(api)]) await must(someone, REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } });
    const below = onlyError(await world.consultant.gql(OPEN, { i: { activityId: id, closesAt: inDays(3), capacity: 1 } }));
    expect(below.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    expect(below.message).toContain('(2)');
    // A new deadline alone keeps the seats; null lifts the limit.
    expect(await must(world.consultant, OPEN, { i: { activityId: id, closesAt: inDays(5) } })).toMatchObject({ capacity: 2, seatsTaken: 2 });
    expect(await must(world.consultant, OPEN, { i: { activityId: id, closesAt: inDays(5), capacity: null } })).toMatchObject({ capacity: null });
  });

  it('confirms a signed-in registration at once and counts it among the participants, once per e-mail', async () => {
    const id = await openSeminar(api, world, 10);
    const someone = await person(api);
    const registration = await must(someone, REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } });
    expect(registration).toMatchObject({ status: 'CONFIRMED', name: someone.account.displayName, email: someone.email, gmina: { terc: RAJCZA, name: 'Rajcza' } });
    expect(await api.dataSource.query(`SELECT g.terc, ag.participants FROM activity_gmina ag JOIN gmina g ON g.id = ag.gmina_id WHERE ag.activity_id = $1`, [id])).toEqual([
      { terc: RAJCZA, participants: 1 },
    ]);
    expect(await api.dataSource.query(`SELECT name, registration_id FROM activity_participant WHERE activity_id = $1`, [id])).toEqual([
      { name: someone.account.displayName, registration_id: registration.id },
    ]);
    // The confirmed registrant gets the online link by e-mail; the programme's stream names neither them nor their address.
    const [mail] = await api.dataSource.query(`SELECT subject, body FROM mail_message WHERE recipient = $1`, [someone.email]);
    expect(mail.body).toContain('https://example.org/frl');
    const [event] = await api.dataSource.query(`SELECT action, changes::text FROM stream_event WHERE stream_id = $1 AND subject_id = $2`, [world.id, registration.id]);
    expect(event.action).toBe('registration.confirmed');
    expect(event.changes).not.toContain(someone.email);
    expect(event.changes).not.toContain(someone.account.displayName);

    const before = await tally(api, id);
    const twice = onlyError(await someone.gql(REGISTER, { i: { activityId: id, gminaTerc: UJSOLY } }));
    expect(twice.extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(twice.message).toContain(someone.email);
    const unknown = onlyError(await (await person(api)).gql(REGISTER, { i: { activityId: id, gminaTerc: '2417999' } }));
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc' });
    expect(await tally(api, id)).toEqual(before);
  });

  it('refuses registration after the deadline and after closing, naming the closing date', async () => {
    const id = await openSeminar(api, world);
    await api.dataSource.query(`UPDATE activity SET registration_closes_at = '2026-11-20T09:00:00Z' WHERE id = $1`, [id]);
    const late = onlyError(await (await person(api)).gql(REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } }));
    expect(late.extensions).toMatchObject({ code: 'CONFLICT', field: 'activityId' });
    expect(late.message).toBe(`Registration for this activity closed on 20 November 2026 at 10:00.`);
    const polish = onlyError(await (await person(api)).gql(REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } }, { 'accept-language': 'pl' }));
    expect(polish.message).toBe(`Zapisy na to wydarzenie zakończyły się 20 listopada 2026 10:00.`);

    const closing = await openSeminar(api, world);
    expect(await must(world.manager, CLOSE, { i: { activityId: closing } })).toMatchObject({ registrationOpen: false });
    const closed = onlyError(await (await person(api)).gql(REGISTER, { i: { activityId: closing, gminaTerc: RAJCZA } }));
    expect(closed.extensions).toMatchObject({ code: 'CONFLICT', field: 'activityId' });
    expect(onlyError(await api.gql(OFFER, { id: closing })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a full seminar unless asked for the waiting list, and gives a freed seat to the first on it', async () => {
    const id = await openSeminar(api, world, 1);
    const [first, second, third, fourth] = [await person(api), await person(api), await person(api), await person(api)];
    await must(first, REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } });
    const before = await tally(api, id);
    const full = onlyError(await second.gql(REGISTER, { i: { activityId: id, gminaTerc: UJSOLY } }));
    expect(full.extensions).toMatchObject({ code: 'CONFLICT', field: 'activityId' });
    expect(full.message).toContain('joinWaitingList: true');
    expect(await tally(api, id)).toEqual(before);

    expect(await must(second, REGISTER, { i: { activityId: id, gminaTerc: UJSOLY, joinWaitingList: true } })).toMatchObject({ status: 'WAITLISTED', confirmedAt: null });
    expect(await must(third, REGISTER, { i: { activityId: id, gminaTerc: UJSOLY, joinWaitingList: true } })).toMatchObject({ status: 'WAITLISTED' });
    expect(await seats(api, id)).toEqual({ confirmed: 1, participants: 1, named: 1 });
    expect((await must(world.manager, LIST, { id, status: 'WAITLISTED' })).map((row: { email: string }) => row.email)).toEqual([second.email, third.email]);

    expect(await must(first, CANCEL_MINE, { i: { activityId: id } })).toMatchObject({ status: 'CANCELLED' });
    const list = await statusOf(world.manager, id);
    expect(list.map((row) => [row.email, row.status])).toEqual([
      [first.email, 'CANCELLED'],
      [second.email, 'CONFIRMED'],
      [third.email, 'WAITLISTED'],
    ]);
    expect(await api.dataSource.query(`SELECT g.terc, ag.participants FROM activity_gmina ag JOIN gmina g ON g.id = ag.gmina_id WHERE ag.activity_id = $1 ORDER BY g.terc`, [id])).toEqual([
      { terc: RAJCZA, participants: 0 },
      { terc: UJSOLY, participants: 1 },
    ]);
    const [promoted] = await api.dataSource.query(`SELECT subject FROM mail_message WHERE recipient = $1`, [second.email]);
    expect(promoted.subject).toContain('Masz miejsce');

    // The manager cancels the promoted one: the next in line moves up. Nothing left of the first to cancel.
    await must(world.manager, CANCEL, { i: { id: list[1].id } });
    expect((await statusOf(world.manager, id)).map((row) => row.status)).toEqual(['CANCELLED', 'CANCELLED', 'CONFIRMED']);
    expect(await seats(api, id)).toEqual({ confirmed: 1, participants: 1, named: 1 });
    expect(onlyError(await first.gql(CANCEL_MINE, { i: { activityId: id } })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await fourth.gql(CANCEL_MINE, { i: { activityId: id } })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await world.manager.gql(CANCEL, { i: { id: list[0].id } })).extensions?.code).toBe('CONFLICT');
  });

  it('shows registrations to the manager and the consultants of the activity’s team only', async () => {
    const west = await openSeminar(api, world, null, { team: world.teams.west });
    const south = await openSeminar(api, world, null, { team: world.teams.south });
    for (const id of [west, south]) await must(await person(api), REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } });
    for (const reader of [world.manager, world.consultant, world.westConsultant]) expect(await statusOf(reader, west)).toHaveLength(1);
    // The field on Activity answers the same list, batched, with seatsTaken.
    const viaField = await must(world.westConsultant, OPEN, { i: { activityId: west, closesAt: inDays(10) } });
    expect(viaField).toMatchObject({ seatsTaken: 1, registrations: [{ status: 'CONFIRMED', gmina: { terc: RAJCZA } }] });
    const filtered = await must(world.manager, `mutation ($i: OpenActivityRegistrationInput!) { openActivityRegistration(input: $i) {
      confirmed: registrations(status: CONFIRMED) { id } waiting: registrations(status: WAITLISTED) { id } } }`, { i: { activityId: west, closesAt: inDays(10) } });
    expect([filtered.confirmed.length, filtered.waiting.length]).toEqual([1, 0]);

    const otherTeam = onlyError(await world.westConsultant.gql(LIST, { id: south }));
    expect(otherTeam.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'registration.manage' });
    const [southRegistration] = await statusOf(world.manager, south);
    expect(onlyError(await world.westConsultant.gql(CANCEL, { i: { id: southRegistration.id } })).extensions?.code).toBe('FORBIDDEN');
    const stranger = await person(api);
    expect(onlyError(await stranger.gql(LIST, { id: west })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await stranger.gql(CANCEL, { i: { id: southRegistration.id } })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await stranger.gql(OPEN, { i: { activityId: west, closesAt: inDays(10) } })).extensions?.code).toBe('NOT_FOUND');
    expect(onlyError(await api.gql(LIST, { id: west })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows the public an open seminar without its link, and nothing of any other activity', async () => {
    const id = await openSeminar(api, world, 3);
    await must(await person(api), REGISTER, { i: { activityId: id, gminaTerc: RAJCZA } });
    const offer = await must(api, OFFER, { id });
    expect(offer).toMatchObject({ title: SEMINAR_TITLE, kind: 'SEMINAR', heldOn: '2027-03-07', durationMinutes: 240, format: 'ONLINE', capacity: 3, seatsLeft: 2, isOpen: true });
    expect(offer.programmeName).toMatch(/^Regiony Rewitalizacji/);
    expect(JSON.stringify(offer)).not.toContain('example.org');
    const draft = onlyError(await api.gql(OFFER, { id: await seminar(api, world) }));
    const none = onlyError(await api.gql(OFFER, { id: '3f2c5a0e-8d1b-4c7e-9f10-2b3c4d5e6f70' }));
    expect(draft.extensions?.code).toBe('NOT_FOUND');
    expect(draft.message.replace(/[0-9a-f-]{36}/, 'ID')).toBe(none.message.replace(/[0-9a-f-]{36}/, 'ID'));
  });
});
