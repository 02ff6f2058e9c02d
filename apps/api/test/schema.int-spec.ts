import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createTestApp, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_MODULES, MIGRATIONS } from '../src/app/composition';

const SNAPSHOT = join(__dirname, '..', 'schema.graphql');

describe('the GraphQL schema', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ imports: CONTEXT_MODULES, migrations: MIGRATIONS });
  });
  afterAll(() => api?.close());

  it('matches the committed schema.graphql (run `npm run schema` to update it after a deliberate change)', () => {
    const schema = `${printSchema(api.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env['UPDATE_SCHEMA']) writeFileSync(SNAPSHOT, schema);
    expect(schema).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });

  it('gives every error a code and a message, and never a stack trace', async () => {
    const results = await Promise.all([
      api.gql('{ nosuchfield }'),
      api.gql('{ gminas(first: "x") { totalCount } }'),
      api.gql('query ($n: Int) { gminas(first: $n) { totalCount } }', { n: 'many' }),
      api.gql('{ gmina(terc: "123") { name } }'),
      api.gql('{ partnership(id: "6f1d2c3b-0000-4000-8000-000000000000") { id } }'),
      api.gql('{'),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code);
    expect(codes).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
      'GRAPHQL_VALIDATION_FAILED',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'UNAUTHENTICATED',
      'GRAPHQL_PARSE_FAILED',
    ]);
    for (const result of results) {
      expect(result.errors?.[0]?.message).toEqual(expect.any(String));
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|\bat \S+ \(|node_modules/);
    }
  });

  it('answers a legitimately deep read, and refuses one nested past the depth limit with QUERY_TOO_COMPLEX', async () => {
    const ok = await api.gql('{ gminas(first: 2) { edges { node { partnerships { members { gmina { partnerships { name } } } } } } } }');
    expect(ok.errors).toBeUndefined();
    const hop = (inner: string) => `partnerships { members { gmina { ${inner} } } }`;
    const tooDeep = await api.gql(`{ gminas { edges { node { ${hop(hop(hop('name')))} } } } }`);
    expect(onlyError(tooDeep).extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(onlyError(tooDeep).message).toMatch(/depth limit of 12/i);
  });

  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: voivodeships { code }`).join(' ');
    const result = await api.gql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a form-encoded or text/plain POST (CSRF prevention)', async () => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ voivodeships { code } }"}' });
    expect(response.status).toBe(400);
  });

  it('refuses a batched request', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ voivodeships { code } }' }, { query: '{ voivodeships { code } }' }]),
    });
    expect(response.status).toBe(400);
  });
});
