import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..', '..');
const DIST = join(ROOT, 'dist', 'apps', 'api');

export interface RunningApi {
  readonly url: string;
  readonly process: ChildProcess;
  /** Milliseconds from spawning the process to the first answered GraphQL query. */
  readonly startMs: number;
  readonly output: () => string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[] }>;
  /** Signs in through the API; returns the access token. */
  signIn(email: string, password: string): Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const key of ['DATABASE_URL', 'TEST_DATABASE_URL', 'PORT', 'DATA_DIR', 'SEED_DEMO', 'NODE_ENV']) delete base[key];
  return { ...base, LOG_LEVEL: 'info', ...env };
}

/** Starts the built API (`node dist/apps/api/main.js`) and waits until it answers a query. */
export async function startApi(env: Record<string, string>, options: { nodeArgs?: string[] } = {}): Promise<RunningApi> {
  const started = Date.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(DIST, 'main.js')], { cwd: ROOT, env: cleanEnv({ PORT: '0', ...env }) });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start within 45 s:\n${output}`)), 45_000);
    const onData = () => {
      const match = /ready at http:\/\/localhost:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    exited.then(() => reject(new Error(`the API exited while starting:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const headers = { 'content-type': 'application/json', 'accept-language': 'en', ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: any; errors?: any[] };
  };
  const signIn = async (email: string, password: string) => {
    const result = await gql('mutation ($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email, password } });
    if (!result.data) throw new Error(`sign-in failed: ${JSON.stringify(result.errors)}`);
    return result.data.signIn.accessToken as string;
  };
  await gql('{ voivodeships { code } }');
  const startMs = Date.now() - started;

  return {
    url,
    process: child,
    startMs,
    output: () => output,
    gql,
    signIn,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the seed command (`npm run seed` without the build step) to completion. */
export function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runNode([join(DIST, 'cli.js'), ...args], env);
}

/** Runs the API expecting it to fail at start; returns what it printed. */
export function runMain(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Any free port: a developer's own `npm start` on 3000 must not change what a test sees.
  return runNode([join(DIST, 'main.js')], { PORT: '0', ...env });
}

function runNode(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
