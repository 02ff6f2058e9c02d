import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import pinoHttp from 'pino-http';
import { prettyFactory } from 'pino-pretty';
import { logSettings, PRETTY_OPTIONS } from './logging.module';
import { firstOperationName, graphqlOperationName, type LoggedRequest } from './request-logging';

const request = (fields: Partial<LoggedRequest>) => fields as LoggedRequest;

describe('the GraphQL operation name of a request', () => {
  it('is operationName as sent, in the JSON body or (GET) the URL', () => {
    expect(graphqlOperationName(request({ body: { operationName: 'UpdateTask', query: 'mutation UpdateTask { x }' } }))).toBe('UpdateTask');
    expect(graphqlOperationName(request({ query: { operationName: 'Board', query: '{ x }' } }))).toBe('Board');
  });

  it('is otherwise the name of the first operation of the document', () => {
    expect(graphqlOperationName(request({ body: { query: '# mutation NotThis\n query Board($p: ID!) { projects(partnershipId: $p) { totalCount } }' } }))).toBe('Board');
    expect(firstOperationName('fragment query on Query { x } subscription Live { partnershipActivity { seq } }')).toBe('Live');
    expect(firstOperationName('mutation { signIn { accessToken } }')).toBeUndefined();
    expect(firstOperationName('{ me { id } } query Later { x }')).toBeUndefined();
    expect(firstOperationName('query "unterminated')).toBeUndefined();
  });

  it('is never anything but a GraphQL name: no document, no variables, no junk', () => {
    expect(graphqlOperationName(request({ body: { operationName: 'x\n[10:00:00] FATAL: forged', query: '{ x }' } }))).toBeUndefined();
    expect(graphqlOperationName(request({ body: [{ query: 'query Batched { x }' }] }))).toBeUndefined();
    expect(graphqlOperationName(request({ body: { query: 42 } }))).toBeUndefined();
    expect(graphqlOperationName(request({}))).toBeUndefined();
  });
});

describe('the request log', () => {
  let server: Server;
  let url: string;
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const log = pinoHttp(logSettings('info'), sink);
    server = createServer((req: IncomingMessage & { body?: unknown }, res) => {
      log(req, res);
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        // As Express's JSON parser leaves it.
        if (req.headers['content-type'] === 'application/json') req.body = JSON.parse(text);
        res.statusCode = req.url?.startsWith('/graphql') ? 200 : 404;
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const post = async (path: string, body: unknown) => {
    lines.length = 0;
    await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret-token', cookie: 'session=secret-cookie' },
      body: JSON.stringify(body),
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    return lines[0];
  };

  it('is one line with method, path, operation name, status and time, and the same facts as fields', async () => {
    const line = await post('/graphql?token=secret-in-link', { operationName: 'UpdateTask', query: 'mutation UpdateTask($v: Int!) { x }', variables: { password: 'secret-variable' } });
    expect(line.msg).toMatch(/^POST \/graphql UpdateTask 200 \d+ ms$/);
    expect(line).toMatchObject({ level: 30, operationName: 'UpdateTask', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(line.responseTime).toEqual(expect.any(Number));
    const text = JSON.stringify(line);
    for (const secret of ['secret-token', 'secret-cookie', 'secret-in-link', 'secret-variable', 'mutation UpdateTask(']) expect(text).not.toContain(secret);
  });

  it("keeps a calendar feed's secret out of the path it logs", async () => {
    const line = await post('/calendar/secret-feed-key/partnerships/7d1e0c52-5d3c-4a56-9a0c-3c7f1c2f9b11.ics', {});
    expect(line.msg).toMatch(/^POST \/calendar\/…\/partnerships\/7d1e0c52-5d3c-4a56-9a0c-3c7f1c2f9b11\.ics 404 \d+ ms$/);
    expect(line.req.url).toBe('/calendar/…/partnerships/7d1e0c52-5d3c-4a56-9a0c-3c7f1c2f9b11.ics');
    expect(JSON.stringify(line)).not.toContain('secret-feed-key');
  });

  it('reads the name from the document when none is sent, and leaves it out for other paths', async () => {
    expect((await post('/graphql', { query: 'query Board { x }' })).msg).toMatch(/^POST \/graphql Board 200 \d+ ms$/);
    const other = await post('/elsewhere', {});
    expect(other.msg).toMatch(/^POST \/elsewhere 404 \d+ ms$/);
    expect(other.operationName).toBeUndefined();
  });

  it('reads in a terminal as the line alone, and other lines with their context', async () => {
    const line = await post('/graphql', { operationName: 'UpdateTask', query: 'mutation UpdateTask { x }' });
    const pretty = prettyFactory({ ...PRETTY_OPTIONS, colorize: false, translateTime: false });
    expect(pretty(line)).toMatch(/^\[\d+\] INFO: POST \/graphql UpdateTask 200 \d+ ms\n$/);
    expect(pretty({ level: 30, time: 1, context: 'Database', msg: 'embedded PostgreSQL ready' })).toBe('[1] INFO: [Database] embedded PostgreSQL ready\n');
  });
});

describe('Nest start-up lines', () => {
  const logged = (level: pino.LevelWithSilent) => {
    const lines: Record<string, any>[] = [];
    const logger = pino({ ...logSettings(level) }, new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) }));
    logger.info({ context: 'InstanceLoader' }, 'CoreModule dependencies initialized');
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/health/live, GET} route');
    logger.info({ context: 'GraphQLModule' }, 'Mapped {/graphql, POST} route');
    logger.warn({ context: 'InstanceLoader' }, 'a warning stays');
    logger.info({ context: 'Database' }, 'embedded PostgreSQL ready');
    return lines.map((line) => [line.level, line.msg]);
  };

  it('are at debug level: info shows warnings and the product\'s own lines only', () => {
    expect(logged('info')).toEqual([
      [40, 'a warning stays'],
      [30, 'embedded PostgreSQL ready'],
    ]);
  });

  it('show with LOG_LEVEL=debug', () => {
    expect(logged('debug')).toEqual([
      [20, 'CoreModule dependencies initialized'],
      [20, 'Mapped {/health/live, GET} route'],
      [20, 'Mapped {/graphql, POST} route'],
      [40, 'a warning stays'],
      [30, 'embedded PostgreSQL ready'],
    ]);
  });
});
