import type { TestApp } from '@wspolnie/platform-testing';
import { parse } from 'csv-parse/sync';
import { person, startAdvisoryApp } from './advisory.factory';
import { FROM, NAME, reportWorld, type ReportWorld, TO } from './report.fixture';

const POLISH_HEADER = [
  'Sekcja',
  'Klucz',
  'Nazwa',
  'Działania',
  'Gminy objęte wsparciem',
  'Partnerstwa objęte wsparciem',
  'Uczestnicy',
  'Minuty',
  'Godziny',
  'W modułach',
  'W tematach dodatkowych',
  'Wartość programu (zł)',
  'Wkład UE (zł)',
];

describe('the programme report as CSV', () => {
  let api: TestApp;
  let base: string;
  let world: ReportWorld;

  /** The download over real HTTP, as a browser or curl fetches it. */
  const download = async (query: string, token?: string, headers: Record<string, string> = {}, programmeId = world.id) => {
    const response = await fetch(`${base}/programmes/${programmeId}/report.csv?${query}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };
  const rowsOf = (bytes: Buffer): string[][] => parse(bytes, { delimiter: ';', bom: true, relax_column_count: false });
  const period = `from=${FROM}&to=${TO}`;
  const refusal = (bytes: Buffer) => JSON.parse(bytes.toString());

  beforeAll(async () => {
    api = await startAdvisoryApp();
    base = api.url.replace(/\/graphql$/, '');
    world = await reportWorld(api);
  });
  afterAll(() => api?.close());

  it('downloads the totals, every kind, topic and group, in Polish with Polish characters intact and decimal commas', async () => {
    const { response, bytes } = await download(`${period}&groupBy=VOIVODESHIP`, world.manager.accessToken, { 'accept-language': 'pl' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(disposition)?.[1] ?? '')).toBe(`Raport – ${NAME} – ${FROM}–${TO}.csv`);
    expect(disposition).toContain('filename="Raport - Regiony Rewitalizacji - zazolc gesla jazn (aelnoszz) - 2020-01-01-2020-06-30.csv"');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').endsWith('\r\n')).toBe(true);

    const [header, ...rows] = rowsOf(bytes);
    expect(header).toEqual(POLISH_HEADER);
    // Totals, 7 kinds, 5 topics, 2 voivodeships.
    expect(rows).toHaveLength(1 + 7 + 5 + 2);
    expect(rows[0]).toEqual(['Razem', '', NAME, '4', '5', '3', '31', '195', '3,25', '', '', '69504961,44', '55402404,76']);
    expect(rows[1]).toEqual(['Według rodzaju', 'CONSULTATION', 'Konsultacja', '2', '2', '', '10', '100', '1,67', '2', '0', '', '']);
    expect(rows[2]).toEqual(['Według rodzaju', 'EDUCATIONAL_MEETING', 'Spotkanie edukacyjne', '2', '4', '', '21', '95', '1,58', '1', '1', '', '']);
    expect(rows.slice(8, 13).map((row) => [row[0], row[1], row[2], row[3]])).toEqual([
      ['Według modułu lub tematu', 'moduł 1', 'Wykorzystanie narzędzi wynikających z ustawy o rewitalizacji', '2'],
      ['Według modułu lub tematu', 'moduł 2', 'Zarządzanie rewitalizacją i włączenie społeczności lokalnej', '1'],
      ['Według modułu lub tematu', 'moduł 3', 'Monitoring i ewaluacja działań rewitalizacyjnych', '0'],
      ['Według modułu lub tematu', 'moduł 4', 'Dostępność w rewitalizacji', '0'],
      ['Według modułu lub tematu', 'temat dodatkowy 1', 'Partycypacja młodzieży', '1'],
    ]);
    expect(rows.slice(13)).toEqual([
      ['Według województwa', '24', 'śląskie', '2', '3', '', '20', '95', '1,58', '', '', '', ''],
      ['Według województwa', '32', 'zachodniopomorskie', '3', '2', '', '11', '145', '2,42', '', '', '', ''],
    ]);
  });

  it('heads it in English on request, with decimal points, and lists the gminas of an area not reached', async () => {
    const { response, bytes } = await download(`${period}&areaCode=2417`, world.manager.accessToken, { 'accept-language': 'en' });
    expect(response.status).toBe(200);
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '')).toBe(`Report – ${NAME} – ${FROM}–${TO}.csv`);
    const [header, totals, ...rest] = rowsOf(bytes);
    expect(header.slice(0, 9)).toEqual(['Section', 'Key', 'Name', 'Activities', 'Gminas served', 'Partnerships served', 'Participants', 'Minutes', 'Hours']);
    expect(totals).toEqual(['Totals', '', NAME, '4', '5', '3', '31', '195', '3.25', '', '', '69504961.44', '55402404.76']);
    const notReached = rest.filter((row) => row[0] === 'Gminas not reached');
    expect(notReached.map((row) => row[1])).toContain('2417092');
    expect(notReached.find((row) => row[1] === '2417092')?.[2]).toBe('Milówka');
    expect(notReached.map((row) => row[1])).not.toContain('2417112');
  });

  it("lets a team-limited consultant download their team's report, and no other", async () => {
    const team = await download(`${period}&teamId=${world.teams.west}`, world.westConsultant.accessToken, { 'accept-language': 'pl' });
    expect(team.response.status).toBe(200);
    const [, totals] = rowsOf(team.bytes);
    expect(totals.slice(0, 9)).toEqual(['Razem', '', NAME, '2', '2', '2', '10', '100', '1,67']);
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)/.exec(team.response.headers.get('content-disposition') ?? '')?.[1] ?? '')).toBe(
      `Raport – ${NAME} – Urząd Marszałkowski Województwa Zachodniopomorskiego – ${FROM}–${TO}.csv`,
    );
    const whole = await download(period, world.westConsultant.accessToken, { 'accept-language': 'en' });
    expect(whole.response.status).toBe(403);
    expect(refusal(whole.bytes)).toMatchObject({ code: 'FORBIDDEN' });
    expect((await download(`${period}&teamId=${world.teams.south}`, world.westConsultant.accessToken)).response.status).toBe(403);
    // A team of another programme: the consultant has no role there.
    const foreign = await download(`${period}&teamId=${world.other.teams.west}`, world.westConsultant.accessToken);
    expect(foreign.response.status).toBe(404);
    expect(refusal(foreign.bytes)).toMatchObject({ code: 'NOT_FOUND' });
    // Someone with a role in both: their team of the other programme is no team of this one.
    await api.dataSource.query(`INSERT INTO programme_access (user_id, programme_id, role) VALUES ($1, $2, 'CONSULTANT')`, [world.manager.account.id, world.other.id]);
    const mixed = await download(`${period}&teamId=${world.other.teams.west}`, world.manager.accessToken, { 'accept-language': 'en' });
    expect(mixed.response.status).toBe(400);
    expect(refusal(mixed.bytes)).toEqual({ code: 'BAD_USER_INPUT', message: 'teamId must be a regional team of this programme.' });
  });

  it('answers refusals as JSON with a code: 401 without a token, 404 outside the programme, 400 for a bad id, period or parameter', async () => {
    const anonymous = await download(period);
    expect(anonymous.response.status).toBe(401);
    expect(refusal(anonymous.bytes)).toMatchObject({ code: 'UNAUTHENTICATED' });
    for (const outsider of [world.other.manager, world.member, await person(api)]) {
      const foreign = await download(period, outsider.accessToken);
      expect(foreign.response.status).toBe(404);
      expect(refusal(foreign.bytes)).toMatchObject({ code: 'NOT_FOUND' });
    }
    const en = { 'accept-language': 'en' };
    const notId = await download(period, world.manager.accessToken, en, 'not-an-id');
    expect(notId.response.status).toBe(400);
    expect(refusal(notId.bytes)).toMatchObject({ code: 'BAD_USER_INPUT' });
    // With a team the guard checks the team: the path's programme id is still checked.
    const notProgramme = await download(`${period}&teamId=${world.teams.west}`, world.manager.accessToken, en, 'not-an-id');
    expect(notProgramme.response.status).toBe(400);
    expect((await download(`${period}&teamId=nope`, world.manager.accessToken, en)).response.status).toBe(400);
    const stray = await download(`${period}&programmeId=${world.other.id}`, world.manager.accessToken, en);
    expect(stray.response.status).toBe(400);
    expect(refusal(stray.bytes)).toEqual({ code: 'BAD_USER_INPUT', message: 'The download takes from, to, teamId, groupBy, areaCode; „programmeId” is not one.' });
    const missing = await download(`from=${FROM}`, world.manager.accessToken, en);
    expect(missing.response.status).toBe(400);
    expect(refusal(missing.bytes)).toEqual({ code: 'BAD_USER_INPUT', message: 'The download needs to (YYYY-MM-DD).' });
    for (const query of [`from=${TO}&to=${FROM}`, `from=${FROM}&to=2020-02-30`, `${period}&groupBy=GMINA`, `${period}&areaCode=2`, `${period}&from=${FROM}`]) {
      const bad = await download(query, world.manager.accessToken, en);
      expect({ query, status: bad.response.status, code: refusal(bad.bytes).code }).toEqual({ query, status: 400, code: 'BAD_USER_INPUT' });
    }
  });
});
