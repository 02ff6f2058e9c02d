import { APP_URL, DEMO_PASSWORD } from './browser';

/** The demo partnership every browser test works in. */
export const DEMO_SLUG = 'aglomeracja-beskidzka-6';
/** Rajcza: a member gmina of the demo partnership. */
export const RAJCZA = '2417112';

export interface ApiSession {
  readonly userId: string;
  readonly token: string;
  /** Runs an operation as this person; throws with the API's first error. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The same as gql (the name plans.e2e-spec.ts uses). */
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The whole answer, errors included (to look at a refusal). */
  raw(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

async function post(body: unknown, token?: string) {
  const response = await fetch(`${process.env['WEB_E2E_URL'] ?? APP_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'pl', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * Signs a demo person in through the API (no browser), for setting up a test's own data and for
 * making the changes "someone else" makes while a page watches.
 */
export async function apiSignIn(email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
  const answer = await post({ query: 'mutation ($i: SignInInput!) { signIn(input: $i) { accessToken user { id } } }', variables: { i: { email, password } } });
  const payload = answer.data?.['signIn'];
  if (!payload) throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer.errors)}`);
  const token = payload.accessToken as string;
  const raw = (query: string, variables?: Record<string, unknown>) => post({ query, variables }, token);
  const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const result = await raw(query, variables);
    if (result.errors?.length) throw new Error(`${result.errors[0].message} (${JSON.stringify(result.errors[0].extensions)})`);
    return result.data as T;
  };
  return { userId: payload.user.id, token, raw, gql, run: gql };
}

/** A partnership's id by its slug. */
export async function partnershipId(session: ApiSession, slug = DEMO_SLUG): Promise<string> {
  const data = await session.gql<{ partnership: { id: string } }>('query ($s: String!) { partnership(slug: $s) { id } }', { s: slug });
  return data.partnership.id;
}

export const demoPartnershipId = (session: ApiSession) => partnershipId(session, DEMO_SLUG);

/** A project of the demo partnership led by Rajcza, for one test to change as it likes. */
export async function createProject(session: ApiSession, title: string): Promise<{ id: string; partnershipId: string }> {
  const partnershipId = await demoPartnershipId(session);
  const data = await session.gql<{ createProject: { id: string } }>('mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }', {
    i: {
      partnershipId,
      title,
      summary: 'Projekt testu przeglądarkowego (przykład).',
      budget: { totalCost: '100000.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '100000.00' }], funding: [] },
    },
  });
  return { id: data.createProject.id, partnershipId };
}

export interface CreatedTask {
  readonly id: string;
  readonly version: number;
  readonly title: string;
}

export async function createTask(session: ApiSession, projectId: string, title: string, extra: Record<string, unknown> = {}): Promise<CreatedTask> {
  const data = await session.gql<{ createTask: CreatedTask }>('mutation ($i: CreateTaskInput!) { createTask(input: $i) { id version title } }', { i: { projectId, title, ...extra } });
  return data.createTask;
}

export async function readTask(session: ApiSession, id: string): Promise<{ id: string; title: string; description: string; status: string; version: number; position: string }> {
  const data = await session.gql<{ task: any }>('query ($id: UUID!) { task(id: $id) { id title description status version position } }', { id });
  return data.task;
}

/**
 * The path of the newest e-mailed link to this address (`/accept-invitation#token=…`), read
 * from the outbox as an operator reads it: the built CLI beside the running API, on its
 * embedded database. The host in the mail is the API's PUBLIC_URL; tests open the path on the app.
 */
export async function mailedLinkPath(email: string, path: '/accept-invitation' | '/reset-password'): Promise<string> {
  const { runCli } = await import('@wspolnie/testing-api-process');
  const dataDir = process.env['WEB_E2E_DATA_DIR'];
  if (!dataDir) throw new Error('WEB_E2E_DATA_DIR is not set: the global setup starts the API');
  const outbox = await runCli(['outbox', email], { DATA_DIR: dataDir, OUTBOX_LIMIT: '1' });
  const link = new RegExp(`${path}#token=[\\w-]+`).exec(outbox.stdout)?.[0];
  if (outbox.code !== 0 || !link) throw new Error(`no ${path} link to ${email} in the outbox: ${outbox.stdout}${outbox.stderr}`);
  return link;
}

/** Invites an address to the demo partnership, as its coordinator, in a role that needs no gmina. */
export async function inviteToDemo(coordinator: ApiSession, email: string, role: 'OBSERVER' | 'COUNCIL_MEMBER' | 'ADVISOR' = 'OBSERVER'): Promise<void> {
  const id = await demoPartnershipId(coordinator);
  await coordinator.gql('mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id } }', { i: { partnershipId: id, email, role } });
}

/**
 * A person of the test's own, with a role in the demo partnership: invited by the coordinator
 * and their account made from the e-mailed link through the API. Tests that change a password
 * or the language use one, never a demo person (others sign in as those).
 */
export async function invitedPerson(coordinator: ApiSession, name: string, password: string): Promise<{ email: string; session: ApiSession }> {
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Date.now().toString(36)}@test.example`;
  await inviteToDemo(coordinator, email);
  const token = (await mailedLinkPath(email, '/accept-invitation')).split('#token=')[1];
  const created = await post({
    query: 'mutation ($i: CreateAccountFromInvitationInput!) { createAccountFromInvitation(input: $i) { accessToken } }',
    variables: { i: { token, displayName: name, password } },
  });
  if (!created.data) throw new Error(`account of ${email} not created: ${JSON.stringify(created.errors)}`);
  return { email, session: await apiSignIn(email, password) };
}
