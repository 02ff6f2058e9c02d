import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runMain, startApi } from '@wspolnie/testing-api-process';

const DEMO = `{
  partnerships(first: 10) {
    totalCount
    edges { node { id slug name members { gmina { terc name population populationAsOf } } } }
  }
}`;

const SIX = {
  '2403092': 'Istebna',
  '2417092': 'Milówka',
  '2417102': 'Radziechowy-Wieprz',
  '2417112': 'Rajcza',
  '2417142': 'Ujsoły',
  '2417152': 'Węgierska Górka',
};

describe('npm start, as a new user runs it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-e2e-'));
  let firstId: string;

  it('starts on an empty data folder with an embedded PostgreSQL, migrated and seeded with the demo partnership', async () => {
    const api = await startApi({ DATA_DIR: dataDir });
    try {
      const anonymous = await api.gql(DEMO);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const token = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
      const result = await api.gql(DEMO, {}, token);
      expect(result.errors).toBeUndefined();
      expect(result.data.partnerships.totalCount).toBe(1);
      const partnership = result.data.partnerships.edges[0].node;
      firstId = partnership.id;
      expect(partnership.name).toBe('Partnerstwo 6 jst Aglomeracji Beskidzkiej');
      expect(Object.fromEntries(partnership.members.map((m: any) => [m.gmina.terc, m.gmina.name]))).toEqual(SIX);

      const search = await api.gql(`{ gminas(filter: { search: "wegierska" }) { edges { node { terc name } } } }`);
      expect(search.data.gminas.edges).toEqual([{ node: { terc: '2417152', name: 'Węgierska Górka' } }]);

      const live = await fetch(api.url.replace('/graphql', '/health/live'));
      const ready = await fetch(api.url.replace('/graphql', '/health/ready'));
      expect([live.status, ready.status]).toEqual([200, 200]);
      process.stdout.write(`cold start to first answered query: ${api.startMs} ms\n`);
    } finally {
      await api.stop();
    }
  });

  it('reuses the data on a second start, without seeding again', async () => {
    const api = await startApi({ DATA_DIR: dataDir });
    try {
      const token = await api.signIn('koordynator@wspolnie.example', 'Wspolnie-demo-2026');
      const result = await api.gql(DEMO, {}, token);
      expect(result.data.partnerships.totalCount).toBe(1);
      expect(result.data.partnerships.edges[0].node.id).toBe(firstId);
      expect(api.output()).toContain('not seeding the demo workspace');
      process.stdout.write(`warm start to first answered query: ${api.startMs} ms\n`);
    } finally {
      await api.stop();
    }
  });

  it('refuses, in one line, to start a second API on a data folder another one is using', async () => {
    const api = await startApi({ DATA_DIR: dataDir });
    try {
      const second = await runMain({ DATA_DIR: dataDir, PORT: '0' });
      expect(second.code).toBe(1);
      expect(second.stderr.trim().split('\n')).toHaveLength(1);
      expect(second.stderr).toContain('is another Wspólnie process using it?');
      expect((await api.gql('{ voivodeships { code } }')).data.voivodeships).toHaveLength(16);
    } finally {
      await api.stop();
    }
  });

  it('stops cleanly on SIGTERM: the pool closes before the embedded server stops, and no server is left behind', async () => {
    const api = await startApi({ DATA_DIR: dataDir });
    const pidFile = join(dataDir, 'postgres', 'postmaster.pid');
    expect(existsSync(pidFile)).toBe(true);
    const exit = await api.stop('SIGTERM');
    expect(exit.code === 0 || exit.signal === 'SIGTERM').toBe(true);
    expect(existsSync(pidFile)).toBe(false);
    expect(api.output()).toContain('embedded PostgreSQL stopped');
    expect(api.output()).not.toContain('database connection lost');
    await expect(fetch(api.url, { method: 'POST' })).rejects.toThrow();
  });

  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT must be a whole number from 0 to 65535'],
    [{ DATABASE_URL: 'mysql://root@localhost/wspolnie' }, 'Configuration error: DATABASE_URL must look like postgres://'],
  ])('refuses %j with one clear line and no stack trace', async (env, message) => {
    const result = await runMain({ DATA_DIR: dataDir, ...env });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toBe('');
  });

  it('says in one line when the database is not reachable', async () => {
    const result = await runMain({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('Wspólnie could not start: connect ECONNREFUSED 127.0.0.1:1');
  });
});

describe('the command line', () => {
  it('seeds an empty database, leaves a seeded one alone, and creates a platform administrator', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-seed-'));
    const first = await runCli(['seed'], { DATA_DIR: dataDir });
    expect(first).toMatchObject({ code: 0, stdout: 'demo seed: seeded\n' });
    const second = await runCli(['seed'], { DATA_DIR: dataDir });
    expect(second).toMatchObject({ code: 0, stdout: 'demo seed: skipped: the database already has data\n' });
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const admin = await runCli(['create-admin', 'szef@gmina.example', 'Szef', 'Platformy'], { DATA_DIR: dataDir, ADMIN_PASSWORD: 'bardzo-tajne-hasło' });
    expect(admin).toMatchObject({ code: 0, stdout: 'platform administrator created: szef@gmina.example\n' });
    const again = await runCli(['create-admin', 'SZEF@gmina.example', 'Ktoś'], { DATA_DIR: dataDir, ADMIN_PASSWORD: 'bardzo-tajne-hasło' });
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n').at(-1)).toBe('The command failed: An account for szef@gmina.example already exists; sign in instead.');
  });
});
