import type { Pool } from 'pg';
import type { HttpClient } from '../client';
import { BENCH_PASSWORD } from '../generate';

/** What a person does in the soak: reading boards and feeds, editing tasks and budgets. */
export const OPERATION_KINDS = ['board', 'activity', 'notifications', 'my-work', 'task-update', 'budget'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];

// A council day is mostly reading; only coordinators change budgets (project.edit for every project).
const WEIGHTS: Record<'COORDINATOR' | 'GMINA_OFFICIAL', Partial<Record<OperationKind, number>>> = {
  COORDINATOR: { board: 15, activity: 15, notifications: 10, 'my-work': 10, 'task-update': 30, budget: 20 },
  GMINA_OFFICIAL: { board: 15, activity: 15, notifications: 15, 'my-work': 20, 'task-update': 35 },
};

const BOARD = `query SoakBoard($p: UUID!) {
  projects(partnershipId: $p, first: 20) {
    edges { node { id title stage totalCost version tasks { id title status priority position dueOn version assignee { id displayName } } } }
  }
}`;
const ACTIVITY = `query SoakActivity($p: UUID!) { partnership(id: $p) { activity(first: 20) { edges { node { seq action occurredAt actor { role user { displayName } } } } } } }`;
const NOTIFICATIONS = `query SoakNotifications { unreadNotificationCount myNotifications(first: 20) { edges { node { id kind seq createdAt readAt excerpt } } } }`;
const MY_WORK = `query SoakMyWork {
  myWork { taskCounts { open dueThisWeek overdue } tasks(first: 20) { edges { node { id title status priority dueOn project { id title } } } } projectCount }
}`;
const UPDATE_TASK = `mutation SoakTask($i: UpdateTaskInput!) { updateTask(input: $i) { id version title priority } }`;
const SET_BUDGET = `mutation SoakBudget($i: SetProjectBudgetInput!) { setProjectBudget(input: $i) { id version totalCost participants { costShare gmina { terc } } funding { amount } } }`;
const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/** One signed-in person, with what their open tabs last saw (versions go stale as others edit: CONFLICT). */
export interface Person {
  readonly userId: string;
  readonly role: 'COORDINATOR' | 'GMINA_OFFICIAL';
  readonly partnershipId: string;
  readonly client: HttpClient;
  /** Tasks of the partnership's live projects this person may edit, and the version they last saw. */
  readonly tasks: Map<string, number>;
  /** The live projects (coordinators change their budgets) and the version last seen. */
  readonly projects: Map<string, number>;
}

/** Per partnership: the projects whose tasks change and are followed live, and the gminas a budget splits between. */
export interface LivePartnership {
  readonly id: string;
  readonly projectIds: string[];
  readonly leadTerc: string;
  readonly partnerTerc: string;
}

export interface Outcome {
  readonly ms: number;
  /** extensions.code of a refusal, or 'WRONG_ANSWER' when the answer is not what was sent. */
  readonly error?: string;
}

/**
 * The people of the first generated partnerships (their coordinator and officials), signed in, four at a time
 * (argon2id is deliberately slow), with the two first projects of each board as the ones edited and followed.
 */
export async function signInPeople(pool: Pool, api: HttpClient, count: number, projectsPerPartnership: number): Promise<{ people: Person[]; partnerships: LivePartnership[] }> {
  const { rows } = await pool.query<{ user_id: string; email: string; role: Person['role']; partnership_id: string }>(
    `SELECT a.user_id, u.email, a.role, a.partnership_id
     FROM partnership_access a JOIN user_account u ON u.id = a.user_id JOIN partnership p ON p.id = a.partnership_id
     WHERE p.slug ~ '^bench-[0-9]+$' AND a.role IN ('COORDINATOR', 'GMINA_OFFICIAL')
     ORDER BY substring(p.slug FROM 7)::int, a.role, u.email LIMIT $1`,
    [count],
  );
  const partnershipIds = [...new Set(rows.map((row) => row.partnership_id))];
  const partnerships: LivePartnership[] = [];
  for (const id of partnershipIds) {
    const projects = await pool.query<{ id: string }>(`SELECT id FROM project WHERE partnership_id = $1 AND archived_at IS NULL ORDER BY title COLLATE "pl-x-icu", id LIMIT $2`, [
      id,
      projectsPerPartnership,
    ]);
    const gminas = await pool.query<{ terc: string; role: string }>(
      `SELECT g.terc, m.role FROM partnership_member m JOIN gmina g ON g.id = m.gmina_id WHERE m.partnership_id = $1 ORDER BY m.role = 'LEADER' DESC, g.terc LIMIT 2`,
      [id],
    );
    partnerships.push({ id, projectIds: projects.rows.map((row) => row.id), leadTerc: gminas.rows[0].terc, partnerTerc: (gminas.rows[1] ?? gminas.rows[0]).terc });
  }
  const byId = new Map(partnerships.map((partnership) => [partnership.id, partnership]));
  const tasks = await pool.query<{ id: string; version: number; partnership_id: string; assignee_id: string | null }>(
    `SELECT id, version, partnership_id, assignee_id FROM task WHERE project_id = ANY($1::uuid[]) AND archived_at IS NULL`,
    [partnerships.flatMap((partnership) => partnership.projectIds)],
  );
  const projectVersions = await pool.query<{ id: string; version: number }>(`SELECT id, version FROM project WHERE id = ANY($1::uuid[])`, [
    partnerships.flatMap((partnership) => partnership.projectIds),
  ]);
  const people: Person[] = [];
  for (let from = 0; from < rows.length; from += 4) {
    const batch = rows.slice(from, from + 4);
    const clients = await Promise.all(batch.map((row) => api.signIn(row.email, BENCH_PASSWORD)));
    batch.forEach((row, index) => {
      const mine = tasks.rows.filter((task) => task.partnership_id === row.partnership_id && (row.role === 'COORDINATOR' || task.assignee_id === row.user_id));
      const projects = row.role === 'COORDINATOR' ? projectVersions.rows.filter((project) => byId.get(row.partnership_id)?.projectIds.includes(project.id)) : [];
      people.push({
        userId: row.user_id,
        role: row.role,
        partnershipId: row.partnership_id,
        client: clients[index],
        tasks: new Map(mine.map((task) => [task.id, task.version])),
        projects: new Map(projects.map((project) => [project.id, project.version])),
      });
    });
  }
  return { people, partnerships };
}

/** The kind of a person's next operation, drawn by their role's weights (a task editor without tasks reads instead). */
export function nextKind(person: Person, random: () => number): OperationKind {
  const weights = Object.entries(WEIGHTS[person.role]).filter(([kind]) => (kind !== 'task-update' || person.tasks.size > 0) && (kind !== 'budget' || person.projects.size > 0)) as [
    OperationKind,
    number,
  ][];
  let draw = random() * weights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [kind, weight] of weights) {
    draw -= weight;
    if (draw < 0) return kind;
  }
  return weights[weights.length - 1][0];
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

/** Integer grosze as the PLN scalar writes them: exact, two decimals. */
const pln = (grosze: number) => `${Math.floor(grosze / 100)}.${String(grosze % 100).padStart(2, '0')}`;

/** Runs one operation and times it; refusals come back as their code, never thrown. */
export async function operate(kind: OperationKind, person: Person, partnership: LivePartnership, random: () => number): Promise<Outcome> {
  const started = performance.now();
  const done = (error?: string): Outcome => ({ ms: performance.now() - started, ...(error ? { error } : {}) });
  const codeOf = (answer: { errors?: { extensions?: { code?: string } }[] }) => answer.errors?.[0]?.extensions?.code ?? 'NO_CODE';
  const { client } = person;
  switch (kind) {
    case 'board': {
      const answer = await client.gql<{ projects: { edges: { node: { id: string; version: number; tasks: { id: string; version: number }[] } }[] } }>(BOARD, { p: person.partnershipId });
      if (!answer.data) return done(codeOf(answer));
      // The board shows the current versions: this person's next edits start from them.
      for (const { node } of answer.data.projects.edges) {
        if (person.projects.has(node.id)) person.projects.set(node.id, node.version);
        for (const task of node.tasks) if (person.tasks.has(task.id)) person.tasks.set(task.id, task.version);
      }
      return done();
    }
    case 'activity':
    case 'notifications':
    case 'my-work': {
      const query = kind === 'activity' ? ACTIVITY : kind === 'notifications' ? NOTIFICATIONS : MY_WORK;
      const answer = await client.gql(query, kind === 'activity' ? { p: person.partnershipId } : undefined);
      return done(answer.data && !answer.errors ? undefined : codeOf(answer));
    }
    case 'task-update': {
      const id = pick([...person.tasks.keys()], random);
      const title = `Zadanie z dnia rady ${Math.floor(random() * 1e6)} – żółć`;
      const priority = pick(PRIORITIES, random);
      const answer = await client.gql<{ updateTask: { version: number; title: string; priority: string } }>(UPDATE_TASK, { i: { id, expectedVersion: person.tasks.get(id), title, priority } });
      if (!answer.data?.updateTask) {
        const current = answer.errors?.[0]?.extensions as { currentVersion?: number } | undefined;
        if (typeof current?.currentVersion === 'number') person.tasks.set(id, current.currentVersion);
        return done(codeOf(answer));
      }
      person.tasks.set(id, answer.data.updateTask.version);
      return done(answer.data.updateTask.title === title && answer.data.updateTask.priority === priority ? undefined : 'WRONG_ANSWER');
    }
    case 'budget': {
      const projectId = pick([...person.projects.keys()], random);
      // Between 1 and 40 million złoty, split to the grosz between two member gminas, 85% of it funded (rounded down).
      const total = 100_000_00 + Math.floor(random() * 40_000_000_00);
      const lead = Math.floor(total * (0.4 + random() * 0.4));
      const participants =
        partnership.leadTerc === partnership.partnerTerc
          ? [{ gminaTerc: partnership.leadTerc, role: 'LEAD', costShare: pln(total) }]
          : [
              { gminaTerc: partnership.leadTerc, role: 'LEAD', costShare: pln(lead) },
              { gminaTerc: partnership.partnerTerc, role: 'PARTNER', costShare: pln(total - lead) },
            ];
      const funding = [{ programme: 'EEA_NORWAY_GRANTS', amount: pln(Math.floor(total * 0.85)), coFinancingRate: '85' }];
      const answer = await client.gql<{ setProjectBudget: { version: number; totalCost: string; participants: { costShare: string }[]; funding: { amount: string }[] } }>(SET_BUDGET, {
        i: { projectId, expectedVersion: person.projects.get(projectId), budget: { totalCost: pln(total), participants, funding } },
      });
      const saved = answer.data?.setProjectBudget;
      if (!saved) {
        const current = answer.errors?.[0]?.extensions as { currentVersion?: number } | undefined;
        if (typeof current?.currentVersion === 'number') person.projects.set(projectId, current.currentVersion);
        return done(codeOf(answer));
      }
      person.projects.set(projectId, saved.version);
      const exact =
        saved.totalCost === pln(total) &&
        saved.funding[0]?.amount === funding[0].amount &&
        saved.participants
          .map((p) => p.costShare)
          .sort()
          .join() ===
          participants
            .map((p) => p.costShare)
            .sort()
            .join();
      return done(exact ? undefined : 'WRONG_ANSWER');
    }
  }
}
