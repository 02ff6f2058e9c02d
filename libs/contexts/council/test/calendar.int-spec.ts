import { AccessService, PartnershipRole } from '@wspolnie/identity';
import { AppConfig } from '@wspolnie/platform-config';
import type { TestApp } from '@wspolnie/platform-testing';
import ICAL from 'ical.js';
import { council, type Council, must, partnership, person, type Person, RAJCZA, startCouncilApp } from './council.factory';

const ROTATE = `mutation { rotateCalendarFeed { meetingsUrl partnershipUrls { partnershipId url } } }`;
const FEED = `query { calendarFeed { createdAt } }`;
const CREATE = `mutation ($i: CreateMeetingInput!) { createMeeting(input: $i) { id number version } }`;
const UPDATE = `mutation ($i: UpdateMeetingInput!) { updateMeeting(input: $i) { id version } }`;
const CANCEL = `mutation ($i: CancelMeetingInput!) { cancelMeeting(input: $i) { id version status } }`;
const INVITE = `mutation ($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id } }`;

interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  location: string | null;
  description: string;
  status: string;
  startUtc: string;
  endUtc: string;
  startTzid: string;
  endTzid: string;
}

/** A feed read back by ical.js (Mozilla's parser), with the VTIMEZONE the feed itself carries. */
function parsed(text: string): { name: string; timezones: string[]; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  // ical.js knows no zone but UTC of its own: times come out right only through the feed's VTIMEZONE.
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: String(component.getFirstPropertyValue('status')),
      startUtc: event.startDate.toJSDate().toISOString(),
      endUtc: event.endDate.toJSDate().toISOString(),
      startTzid: String(component.getFirstProperty('dtstart')?.getParameter('tzid')),
      endTzid: String(component.getFirstProperty('dtend')?.getParameter('tzid')),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), timezones: timezones.map((zone) => String(zone.getFirstPropertyValue('tzid'))), events };
}

describe('the council calendar feeds (iCalendar)', () => {
  let api: TestApp;
  let base: string;
  let rada: Council;
  let rajcza: Person;
  /** The partnership's meetings, by their number. */
  const meetings: Record<number, string> = {};

  /** Over real HTTP, as a calendar application fetches it (no bearer token: the secret is in the path). */
  const fetchFeed = async (url: string) => {
    const response = await fetch(`${base}${new URL(url).pathname}`, { headers: { 'accept-language': 'en' } });
    return { response, text: await response.text() };
  };
  const feedOf = async (url: string) => {
    const { response, text } = await fetchFeed(url);
    expect(response.status).toBe(200);
    return parsed(text);
  };

  /**
   * A meeting called through the API by the council's coordinator, 10:00–12:00 Warsaw time: its
   * council members are invited as representatives; `guests` are invited besides.
   */
  const meeting = async (where: Council, title: string, date: string, guests: readonly Person[] = [], extra: { place?: string; onlineUrl?: string } = {}) => {
    const created = await must(where.coordinator, CREATE, { i: { partnershipId: where.partnershipId, title, date, startTime: '10:00', endTime: '12:00', ...extra } });
    for (const guest of guests) await must(where.coordinator, INVITE, { i: { meetingId: created.id, userId: guest.account.id, role: 'GUEST' } });
    return created as { id: string; number: number; version: number };
  };

  beforeAll(async () => {
    api = await startCouncilApp();
    base = api.url.replace(/\/graphql$/, '');
    rada = await council(api);
    rajcza = Object.values(rada.representatives)[0];
    await api.dataSource.query(`UPDATE partnership SET name = 'Związek Gmin Żywiecczyzny „Górale”' WHERE id = $1`, [rada.partnershipId]);
    // The Saturday before and the Monday after the change to summer time (Sunday 28 March 2027).
    meetings[1] = (await meeting(rada, 'Budżet obywatelski – żółta ścieżka', '2027-03-27', [], { place: 'Urząd Gminy Rajcza, sala nr 12', onlineUrl: 'https://spotkanie.example/rada-1' })).id;
    meetings[2] = (await meeting(rada, 'Strategia ponadlokalna', '2027-03-29')).id;
  }, 120_000);

  afterAll(() => api?.close());

  it('has no feed until one is made, then answers its URLs once, built on the public URL, and its time since', async () => {
    const someone = await person(api, rada.partnershipId, PartnershipRole.GMINA_OFFICIAL, Object.keys(rada.representatives)[1]);
    expect(await must(someone, FEED)).toBeNull();
    const urls = await must(someone, ROTATE);
    const publicUrl = api.app.get(AppConfig).auth.publicUrl;
    expect(urls.meetingsUrl).toMatch(new RegExp(`^${publicUrl.replace(/[.:/]/g, '\\$&')}/calendar/[A-Za-z0-9_-]{43}/meetings\\.ics$`));
    expect(urls.partnershipUrls).toEqual([{ partnershipId: rada.partnershipId, url: urls.meetingsUrl.replace('/meetings.ics', `/partnerships/${rada.partnershipId}.ics`) }]);
    const info = await must(someone, FEED);
    expect(Date.now() - new Date(info.createdAt).getTime()).toBeLessThan(60_000);
    // Only the hash is kept.
    const [row] = await api.dataSource.query(`SELECT token_hash FROM council_calendar_feed WHERE user_id = $1`, [someone.account.id]);
    const token = new URL(urls.meetingsUrl).pathname.split('/')[2];
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.token_hash).not.toContain(token);
  });

  it("gives the partnership's meetings in Warsaw time across the change to summer time, with its VTIMEZONE and Polish intact", async () => {
    const { partnershipUrls } = await must(rajcza, ROTATE);
    const { response, text } = await fetchFeed(partnershipUrls[0].url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20270327T100000');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20270329T100000');

    const feed = parsed(text);
    expect(feed.name).toBe('Związek Gmin Żywiecczyzny „Górale”: posiedzenia Rady Partnerstwa');
    expect(feed.timezones).toEqual(['Europe/Warsaw']);
    const [saturday, monday] = feed.events;
    expect(saturday).toEqual({
      uid: `meeting-${meetings[1]}@wspolnie`,
      sequence: 0,
      summary: 'Posiedzenie Rady Partnerstwa nr 1: Budżet obywatelski – żółta ścieżka',
      location: 'Urząd Gminy Rajcza, sala nr 12',
      description: 'Partnerstwo: Związek Gmin Żywiecczyzny „Górale”\nDołącz online: https://spotkanie.example/rada-1',
      status: 'CONFIRMED',
      startUtc: '2027-03-27T09:00:00.000Z',
      endUtc: '2027-03-27T11:00:00.000Z',
      startTzid: 'Europe/Warsaw',
      endTzid: 'Europe/Warsaw',
    });
    expect(monday).toMatchObject({ uid: `meeting-${meetings[2]}@wspolnie`, startUtc: '2027-03-29T08:00:00.000Z', endUtc: '2027-03-29T10:00:00.000Z', startTzid: 'Europe/Warsaw', status: 'CONFIRMED' });
  });

  it('keeps the UID through an update, with a higher SEQUENCE, and keeps a cancelled meeting as STATUS:CANCELLED', async () => {
    const { partnershipUrls } = await must(rajcza, ROTATE);
    const created = await meeting(rada, 'Przesunięte posiedzenie', '2027-10-29');
    const uid = `meeting-${created.id}@wspolnie`;
    const eventsOf = async () => (await feedOf(partnershipUrls[0].url)).events.filter((event) => event.uid === uid);
    const [before] = await eventsOf();
    expect(before).toMatchObject({ startUtc: '2027-10-29T08:00:00.000Z', status: 'CONFIRMED' });

    // Moved past the end of summer time (Sunday 31 October 2027): 10:00 is then 09:00Z.
    const moved = await must(rada.coordinator, UPDATE, { i: { id: created.id, expectedVersion: created.version, date: '2027-11-02' } });
    const after = await eventsOf();
    expect(after).toEqual([expect.objectContaining({ uid, startUtc: '2027-11-02T09:00:00.000Z', endUtc: '2027-11-02T11:00:00.000Z', startTzid: 'Europe/Warsaw', status: 'CONFIRMED' })]);
    expect(after[0].sequence).toBeGreaterThan(before.sequence);

    await must(rada.coordinator, CANCEL, { i: { id: created.id, expectedVersion: moved.version, reason: 'Brak kworum – przełożone' } });
    const cancelled = await eventsOf();
    expect(cancelled).toEqual([expect.objectContaining({ uid, status: 'CANCELLED', startUtc: '2027-11-02T09:00:00.000Z' })]);
    expect(cancelled[0].sequence).toBeGreaterThan(after[0].sequence);
    expect(cancelled[0].description).toContain('Posiedzenie zostało odwołane: Brak kworum – przełożone');
    // The invitee's own feed says the same.
    const mine = (await feedOf((await must(rajcza, ROTATE)).meetingsUrl)).events.find((event) => event.uid === uid);
    expect(mine).toMatchObject({ sequence: cancelled[0].sequence, status: 'CANCELLED' });
  });

  it('lists in the personal feed only the meetings one is invited to, across partnerships, while one holds a role there', async () => {
    const other = await council(api, [RAJCZA]);
    await api.dataSource.query(`UPDATE partnership SET name = 'Partnerstwo Śląsk Cieszyński' WHERE id = $1`, [other.partnershipId]);
    // An observer: invited to what they are invited to, not as a council member to every meeting.
    const traveller = await person(api, rada.partnershipId, PartnershipRole.OBSERVER);
    await api.app.get(AccessService).grant(traveller.account.id, other.partnershipId, PartnershipRole.OBSERVER);
    const here = (await meeting(rada, 'Zaproszony tutaj', '2027-05-10', [traveller])).id;
    await meeting(rada, 'Bez zaproszenia', '2027-05-11');
    const there = (await meeting(other, 'Zaproszony tam', '2027-05-12', [traveller])).id;

    const urls = await must(traveller, ROTATE);
    expect(urls.partnershipUrls.map((entry: { partnershipId: string }) => entry.partnershipId).sort()).toEqual([rada.partnershipId, other.partnershipId].sort());
    const mine = await feedOf(urls.meetingsUrl);
    expect(mine.name).toBe('Moje posiedzenia Rad Partnerstw (Wspólnie)');
    expect(mine.events.map((event) => event.uid)).toEqual([`meeting-${here}@wspolnie`, `meeting-${there}@wspolnie`]);
    expect(mine.events[1].description).toBe('Partnerstwo: Partnerstwo Śląsk Cieszyński');

    // Their role in the other partnership is taken away: its meetings leave the feed, and its own feed is gone.
    await api.dataSource.query(`DELETE FROM partnership_access WHERE user_id = $1 AND partnership_id = $2`, [traveller.account.id, other.partnershipId]);
    expect((await feedOf(urls.meetingsUrl)).events.map((event) => event.uid)).toEqual([`meeting-${here}@wspolnie`]);
    const otherUrl = urls.partnershipUrls.find((entry: { partnershipId: string }) => entry.partnershipId === other.partnershipId).url;
    expect((await fetchFeed(otherUrl)).response.status).toBe(404);
  });

  it('stops the old URL at once when rotated, and answers every URL it does not open with the same 404', async () => {
    const first = await must(rajcza, ROTATE);
    expect((await fetchFeed(first.meetingsUrl)).response.status).toBe(200);
    const second = await must(rajcza, ROTATE);
    const stale = await fetchFeed(first.meetingsUrl);
    expect(stale.response.status).toBe(404);
    expect((await fetchFeed(first.partnershipUrls[0].url)).response.status).toBe(404);
    expect((await fetchFeed(second.meetingsUrl)).response.status).toBe(200);
    expect((await fetchFeed(second.partnershipUrls[0].url)).response.status).toBe(200);

    // My secret on a partnership where I hold no role, an unknown secret, a malformed one or id: all alike.
    const foreign = await partnership(api);
    const token = new URL(second.meetingsUrl).pathname.split('/')[2];
    const refusals = await Promise.all(
      [
        `/calendar/${token}/partnerships/${foreign}.ics`,
        `/calendar/${token}/partnerships/not-a-uuid.ics`,
        `/calendar/${'A'.repeat(43)}/meetings.ics`,
        `/calendar/${'A'.repeat(43)}/partnerships/${rada.partnershipId}.ics`,
        `/calendar/short/meetings.ics`,
      ].map((path) => fetchFeed(`http://x${path}`)),
    );
    for (const refusal of [stale, ...refusals]) {
      expect(refusal.response.status).toBe(404);
      expect(JSON.parse(refusal.text)).toEqual({ code: 'NOT_FOUND', message: 'There is no calendar at this address: the link may have been replaced by a newer one.' });
    }
  });

  it('reads a feed in the same few statements however many meetings and partnerships it holds, and folds long Polish lines whole', async () => {
    const busy = await person(api, rada.partnershipId, PartnershipRole.OBSERVER);
    const { meetingsUrl } = await must(busy, ROTATE);
    await meeting(rada, 'Pierwsze', '2027-06-01', [busy]);
    const once = await api.countStatements(() => feedOf(meetingsUrl));

    const longTitle = `Zażółć gęślą jaźń — ${'Łódź, Kraków i Żywiec '.repeat(8)}`.trim().slice(0, 200);
    for (const [index, day] of ['2027-06-02', '2027-06-03', '2027-06-04'].entries()) {
      const elsewhere = await council(api, [RAJCZA]);
      await api.app.get(AccessService).grant(busy.account.id, elsewhere.partnershipId, PartnershipRole.OBSERVER);
      for (let number = 1; number <= 5; number++) await meeting(elsewhere, index === 0 && number === 1 ? longTitle : `Posiedzenie ${number}`, day, [busy]);
    }
    let feed: ReturnType<typeof parsed> | undefined;
    const many = await api.countStatements(async () => (feed = await feedOf(meetingsUrl)));
    expect(feed?.events).toHaveLength(16);
    expect(many).toBe(once);
    expect(many).toBeLessThanOrEqual(4);
    expect(feed?.events.find((event) => event.summary.includes('Zażółć'))?.summary).toBe(`Posiedzenie Rady Partnerstwa nr 1: ${longTitle}`);
  });

  it('refuses the feed operations to anyone not signed in', async () => {
    const anonymous = await api.gql(ROTATE);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
