import { createTestApp, type TestApp } from '@wspolnie/platform-testing';
import WebSocket from 'ws';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';
import { createPerson, PASSWORD } from './people.factory';

const ALLOWED = 'https://rada.example.org';

/** One raw HTTP exchange with the API, as a browser or a script would make it. */
async function post(api: TestApp, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('transport: every refusal coded, headers, CORS, limits, languages', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS, env: { CORS_ORIGINS: ALLOWED } });
  });
  afterAll(() => api?.close());

  it('sends security headers and no framework banner', async () => {
    const { headers } = await post(api, JSON.stringify({ query: '{ __typename }' }));
    expect(headers.get('x-powered-by')).toBeNull();
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });

  it('answers a too large body 413 and malformed JSON 400, each with a code and a message', async () => {
    const large = await post(api, JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(3 * 1024 * 1024) } }));
    expect(large.status).toBe(413);
    expect(large.body).toEqual({ errors: [{ message: 'Żądanie jest większe niż 2 MB; wyślij mniej naraz.', extensions: { code: 'BAD_REQUEST' } }] });
    const malformed = await post(api, '{"query": "{ me', { 'accept-language': 'en' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('answers a route that does not exist with a code, in the language asked for', async () => {
    const response = await fetch(api.url.replace('/graphql', '/nothing-here'), { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'There is nothing at /nothing-here.' });
  });

  it('answers a preflight from an allowed origin, and gives other origins nothing', async () => {
    const preflight = (origin: string) =>
      fetch(api.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } });
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const call = await post(api, JSON.stringify({ query: '{ __typename }' }), { origin: ALLOWED });
    expect(call.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('counts every alias, __typename too, and answers a long document QUERY_TOO_COMPLEX, not HTTP 500', async () => {
    const typenames = Array.from({ length: 50 }, (_, i) => `t${i}: __typename`).join(' ');
    const aliases = await post(api, JSON.stringify({ query: `{ ${typenames} }` }), { 'accept-language': 'en' });
    expect(aliases.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    const me = Array.from({ length: 1000 }, (_, i) => `m${i}: me { id }`).join(' ');
    const tokens = await post(api, JSON.stringify({ query: `{ ${me} }` }));
    expect(tokens.status).toBe(200);
    expect(tokens.body.errors).toHaveLength(1);
    expect(tokens.body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('applies the same limits over the WebSocket', async () => {
    const socket = new WebSocket(api.url.replace('http', 'ws'), 'graphql-transport-ws');
    const messages: any[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(String(data))));
    await new Promise((resolve) => socket.once('open', resolve));
    const { accessToken } = await signedInPerson(api);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${accessToken}` } }));
    await waitFor(() => messages.some((m) => m.type === 'connection_ack'));
    const typenames = Array.from({ length: 50 }, (_, i) => `t${i}: __typename`).join(' ');
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { ${typenames} }` } }));
    await waitFor(() => messages.some((m) => m.id === '1'));
    socket.close();
    const answer = messages.find((m) => m.id === '1');
    expect(answer.type).toBe('error');
    expect(answer.payload).toEqual(expect.arrayContaining([expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX' } })]));
  });

  it('answers status codes as the GraphQL-over-HTTP specification gives them per media type', async () => {
    const bad = JSON.stringify({ query: '{ nothingHere }' });
    const json = await post(api, bad, { accept: 'application/json' });
    expect([json.status, json.headers.get('content-type')]).toEqual([200, expect.stringContaining('application/json')]);
    expect(json.body.errors[0]).toMatchObject({ message: expect.stringContaining('nothingHere'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const modern = await post(api, bad, { accept: 'application/graphql-response+json' });
    expect([modern.status, modern.headers.get('content-type')]).toEqual([400, expect.stringContaining('application/graphql-response+json')]);
    const parse = await post(api, JSON.stringify({ query: '{ me ' }), { accept: 'application/graphql-response+json' });
    expect(parse.status).toBe(400);
    expect(parse.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const variables = JSON.stringify({ query: 'query ($id: UUID!) { project(id: $id) { id } }', variables: { id: '123' } });
    expect((await post(api, variables, { accept: 'application/graphql-response+json' })).status).toBe(400);
    const asJson = await post(api, variables, { accept: 'application/json' });
    expect(asJson.status).toBe(200);
    expect(asJson.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('answers the same request in Polish and in English with the same code', async () => {
    const request = JSON.stringify({ query: 'query ($id: UUID!) { project(id: $id) { id } }', variables: { id: '123' } });
    const polish = await post(api, request, { 'accept-language': 'pl-PL,pl;q=0.9' });
    const english = await post(api, request, { 'accept-language': 'en-GB,en;q=0.8' });
    const none = await post(api, request);
    const shape = (body: any) => ({ code: body.errors[0].extensions.code, field: body.errors[0].extensions.field, fields: body.errors[0].extensions.fields.map((f: { field: string }) => f.field) });
    expect(shape(polish.body)).toEqual(shape(english.body));
    expect(english.body.errors[0].extensions.fields[0].message).toBe(english.body.errors[0].message);
    expect(polish.body.errors[0].message).toBe('„123” nie jest identyfikatorem; identyfikatory wyglądają tak: „3f2c5a0e-8d1b-4c7e-9f10-2b3c4d5e6f70”.');
    expect(english.body.errors[0].message).toBe('"123" is not an id; ids look like "3f2c5a0e-8d1b-4c7e-9f10-2b3c4d5e6f70".');
    expect(none.body.errors[0].message).toBe(polish.body.errors[0].message);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function signedInPerson(api: TestApp) {
  const person = await createPerson(api);
  return api.signIn(person.email, PASSWORD);
}
