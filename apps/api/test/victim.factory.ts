import { PartnershipRole } from '@wspolnie/identity';
import type { GraphqlClient, TestApp } from '@wspolnie/platform-testing';
import type { Victim } from './outsider-walk';
import { partnershipRow, RAJCZA, signedIn, UJSOLY } from './people.factory';

export interface World extends Victim {
  readonly coordinator: GraphqlClient & { accessToken: string; account: { id: string }; email: string };
  readonly official: GraphqlClient & { accessToken: string; account: { id: string }; email: string };
  /** Makes one more change in the partnership (an activity event). */
  change(): Promise<unknown>;
}

async function must(client: GraphqlClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql(query, variables);
  if (!result.data) throw new Error(`building the victim failed: ${JSON.stringify(result.errors)}`);
  return Object.values(result.data)[0] as Record<string, any>;
}

/**
 * A partnership with everything an operation can name, built through the API as its
 * coordinator would: member gminas (Rajcza, Ujsoły), people (a coordinator, an official of
 * Rajcza, an observer), an area of its own, a project with a budget, a task assigned to the
 * official (with the coordinator's comment), a pending invitation, a plan with a comment thread, an advisory programme's support
 * of the partnership (see supportOf) and the activity all this left. `label` marks its texts.
 */
export async function buildWorld(api: TestApp, label: string): Promise<World> {
  const partnership = await partnershipRow(api, { members: [RAJCZA, UJSOLY], slug: `swiat-${label.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}` });
  await api.dataSource.query(`UPDATE partnership SET name = $2, description = $3 WHERE id = $1`, [partnership.id, `Partnerstwo ${label}`, `Opis ${label}`]);
  const coordinator = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.COORDINATOR });
  const official = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.GMINA_OFFICIAL, gminaTerc: RAJCZA });
  const colleague = await signedIn(api, { partnershipId: partnership.id, role: PartnershipRole.OBSERVER });
  const area = await must(coordinator, `mutation ($i: AddOwnThematicAreaInput!) { addOwnThematicArea(input: $i) { thematicAreas { id namePl } } }`, {
    i: { partnershipId: partnership.id, namePl: `Obszar ${label}` },
  });
  const areaId = area.thematicAreas.find((candidate: { namePl: string }) => candidate.namePl === `Obszar ${label}`).id;
  const project = await must(coordinator, `mutation ($i: CreateProjectInput!) { createProject(input: $i) { id } }`, {
    i: {
      partnershipId: partnership.id,
      title: `Projekt ${label}`,
      summary: `Streszczenie ${label}`,
      thematicAreaId: areaId,
      budget: { totalCost: '1000.00', participants: [{ gminaTerc: RAJCZA, role: 'LEAD', costShare: '1000.00' }], funding: [] },
    },
  });
  const task = await must(coordinator, `mutation ($i: CreateTaskInput!) { createTask(input: $i) { id } }`, {
    i: { projectId: project.id, title: `Zadanie ${label}`, assigneeId: official.account.id },
  });
  const invited = `zaproszona.${label.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-')}@test.example`;
  const invitation = await must(coordinator, `mutation ($i: InviteToPartnershipInput!) { inviteToPartnership(input: $i) { id } }`, {
    i: { partnershipId: partnership.id, email: invited, role: 'OBSERVER' },
  });
  const plan = await must(coordinator, `mutation ($i: CreatePlanInput!) { createPlan(input: $i) { id currentRevision { id sections { key } } } }`, {
    i: { partnershipId: partnership.id, title: `Plan ${label}`, kind: 'DEVELOPMENT_STRATEGY', markdown: `# Diagnoza ${label}\n\nTreść ${label}.\n`, summary: `Wersja ${label}` },
  });
  const thread = await must(official, `mutation ($i: CommentOnPlanInput!) { commentOnPlan(input: $i) { id comments { id } } }`, {
    i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: plan.currentRevision.sections[0].key, body: `Uwaga ${label}` },
  });
  const attachment = await attach(api, coordinator.accessToken, project.id, `Załącznik ${label}.pdf`);
  // By the coordinator, who follows the project: an author hears nothing of their comment, so the
  // outsider (another world's coordinator) has no notification of their own that the walk's own-inbox operations would mark read.
  const taskComment = await must(coordinator, `mutation ($i: CommentOnTaskInput!) { commentOnTask(input: $i) { id } }`, { i: { taskId: task.id, body: `Komentarz ${label}` } });
  const support = await supportOf(api, label, partnership.id, coordinator, colleague);
  const council = await councilOf(api, label, partnership.id, official.account.id);
  let version = 1;
  return {
    ids: {
      partnership: partnership.id,
      partnershipSlug: partnership.slug,
      project: project.id,
      task: task.id,
      invitation: invitation.id,
      person: colleague.account.id,
      thematicArea: areaId,
      gminaTerc: RAJCZA,
      plan: plan.id,
      planRevision: plan.currentRevision.id,
      planThread: thread.id,
      planComment: thread.comments[0].id,
      comment: taskComment.id,
      attachment: attachment.id,
      projectFiles: project.id,
      taskFiles: task.id,
      ...support.ids,
      ...council.ids,
    },
    markers: [`Partnerstwo ${label}`, `Opis ${label}`, `Obszar ${label}`, `Projekt ${label}`, `Streszczenie ${label}`, `Zadanie ${label}`, invited, coordinator.email, official.email, partnership.slug, `Plan ${label}`, `Diagnoza ${label}`, `Treść ${label}`, `Wersja ${label}`, `Uwaga ${label}`, `Komentarz ${label}`, `Załącznik ${label}`, ...support.markers, ...council.markers],
    coordinator,
    official,
    change: () => must(coordinator, `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`, { i: { id: task.id, expectedVersion: version++, title: `Zadanie ${label}` } }),
  };
}

/** A PDF attached to the project through its HTTP route, as the web app uploads one. */
async function attach(api: TestApp, token: string, projectId: string, name: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n', 'latin1')]), name);
  const response = await fetch(`${api.url.replace(/\/graphql$/, '')}/projects/${projectId}/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 201) throw new Error(`building the victim failed: attaching answered ${response.status} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

/** Istebna: a gmina of no test partnership, so only the engagement makes the support the partnership's. */
const ISTEBNA = '2403092';

/**
 * An advisory programme (made by a platform administrator, managed by someone outside the
 * partnership) with two regional teams; a consultant of the first team supports the partnership
 * in an engagement, with a recorded seminar that served Istebna, a follow-up, and the
 * coordinator's registration (registration closed again, so nobody else can register). The
 * partnership's observer also consults in the programme, so a manager can revoke someone.
 */
async function supportOf(api: TestApp, label: string, partnershipId: string, coordinator: GraphqlClient, colleague: GraphqlClient & { email: string }) {
  const admin = await signedIn(api, { admin: true });
  const manager = await signedIn(api);
  const programme = await must(admin, `mutation ($i: CreateProgrammeInput!) { createProgramme(input: $i) { id teams { id voivodeshipCode } } }`, {
    i: {
      name: `Program ${label}`,
      operatorKind: 'MINISTRY',
      operatorName: `Operator ${label}`,
      startsOn: '2024-01-01',
      modules: [`Moduł ${label}`],
      teams: [
        { name: `Zespół ${label}`, voivodeshipCode: '24' },
        { name: `Drugi zespół ${label}`, voivodeshipCode: '32' },
      ],
      managerEmail: manager.email,
    },
  });
  const team = programme.teams.find((candidate: { voivodeshipCode: string }) => candidate.voivodeshipCode === '24').id;
  const otherTeam = programme.teams.find((candidate: { voivodeshipCode: string }) => candidate.voivodeshipCode === '32').id;
  const consultant = await signedIn(api);
  const grant = `mutation ($i: GrantProgrammeRoleInput!) { grantProgrammeRole(input: $i) { role } }`;
  await must(manager, grant, { i: { programmeId: programme.id, email: consultant.email, role: 'CONSULTANT', teamId: team } });
  await must(manager, grant, { i: { programmeId: programme.id, email: colleague.email, role: 'CONSULTANT', teamId: team } });
  const engagement = await must(consultant, `mutation ($i: CreateEngagementInput!) { createEngagement(input: $i) { id } }`, {
    i: { programmeId: programme.id, teamId: team, partnershipId, gminaTercs: [ISTEBNA], consultantIds: [consultant.account.id], title: `Wsparcie ${label}`, stage: 'DIAGNOSIS', startsOn: '2024-02-01' },
  });
  const activity = await must(consultant, `mutation ($i: CreateActivityInput!) { createActivity(input: $i) { id followUps { id } } }`, {
    i: {
      programmeId: programme.id,
      engagementId: engagement.id,
      kind: 'SEMINAR',
      title: `Seminarium ${label}`,
      heldOn: '2024-03-01',
      format: 'ONLINE',
      link: 'https://spotkanie.example/seminarium',
      gminas: [{ terc: ISTEBNA, participants: 3 }],
      outcome: `Wnioski ${label}`,
      followUps: [`Krok ${label}`],
      status: 'RECORDED',
    },
  });
  const closesAt = new Date(Date.now() + 86_400_000).toISOString();
  await must(consultant, `mutation ($i: OpenActivityRegistrationInput!) { openActivityRegistration(input: $i) { id } }`, { i: { activityId: activity.id, capacity: 10, closesAt } });
  const registration = await must(coordinator, `mutation ($i: RegisterForActivityInput!) { registerForActivity(input: $i) { id } }`, { i: { activityId: activity.id, gminaTerc: ISTEBNA } });
  await must(consultant, `mutation ($i: ActivityRegistrationTarget!) { closeActivityRegistration(input: $i) { id } }`, { i: { activityId: activity.id } });
  return {
    ids: {
      programme: programme.id,
      programmeTeam: team,
      otherProgrammeTeam: otherTeam,
      engagement: engagement.id,
      activity: activity.id,
      activityFollowUp: activity.followUps[0].id,
      activityRegistration: registration.id,
    },
    markers: [`Program ${label}`, `Operator ${label}`, `Moduł ${label}`, `Zespół ${label}`, `Wsparcie ${label}`, `Seminarium ${label}`, `Wnioski ${label}`, `Krok ${label}`],
  };
}

/**
 * A council meeting in progress (written in the database: the walk is about access, not about
 * how meetings are run), the official present as Rajcza's representative, an item whose motion
 * is open to a vote, and an earlier item adopted as a resolution.
 */
async function councilOf(api: TestApp, label: string, partnershipId: string, officialId: string) {
  const [meeting] = await api.dataSource.query(
    `INSERT INTO council_meeting (partnership_id, number, title, starts_at, ends_at, place, status, started_at)
     VALUES ($1, 1, $2, now(), now() + interval '2 hours', $3, 'IN_PROGRESS', now()) RETURNING id`,
    [partnershipId, `Posiedzenie ${label}`, `Sala ${label}`],
  );
  await api.dataSource.query(`INSERT INTO council_minutes (id, markdown) VALUES ($1, $2)`, [meeting.id, `Protokół ${label}`]);
  await api.dataSource.query(
    `INSERT INTO council_invitee (meeting_id, partnership_id, user_id, role, gmina_id, present, arrived_at) SELECT $1, $2, $3, 'REPRESENTATIVE', id, true, now() FROM gmina WHERE terc = $4`,
    [meeting.id, partnershipId, officialId, RAJCZA],
  );
  const item = async (position: number, title: string) =>
    (await api.dataSource.query(`INSERT INTO council_agenda_item (meeting_id, partnership_id, position, title, motion_text) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [meeting.id, partnershipId, position, title, `Wniosek ${label}`]))[0].id;
  const adopted = await item(1, `Uchwała ${label}`);
  const open = await item(2, `Punkt ${label}`);
  const [closedVote] = await api.dataSource.query(
    `INSERT INTO council_vote (meeting_id, partnership_id, agenda_item_id, status, voting_rule, member_count, votes_for, votes_against, votes_abstain, result, closed_at)
     VALUES ($1, $2, $3, 'CLOSED', 'SIMPLE_MAJORITY', 1, 1, 0, 0, 'ADOPTED', now()) RETURNING id`,
    [meeting.id, partnershipId, adopted],
  );
  const [resolution] = await api.dataSource.query(
    `INSERT INTO council_resolution (partnership_id, year, seq, number, meeting_id, agenda_item_id, vote_id, title, text, adopted_on, decision_kind) VALUES ($1, 2026, 1, '1/2026', $2, $3, $4, $5, $6, current_date, 'NONE') RETURNING id`,
    [partnershipId, meeting.id, adopted, closedVote.id, `Uchwała ${label}`, `Wniosek ${label}`],
  );
  const [vote] = await api.dataSource.query(`INSERT INTO council_vote (meeting_id, partnership_id, agenda_item_id, voting_rule, member_count) VALUES ($1, $2, $3, 'SIMPLE_MAJORITY', 1) RETURNING id`, [
    meeting.id,
    partnershipId,
    open,
  ]);
  return {
    ids: { meeting: meeting.id, agendaItem: open, vote: vote.id, resolution: resolution.id },
    markers: [`Posiedzenie ${label}`, `Sala ${label}`, `Protokół ${label}`, `Uchwała ${label}`, `Punkt ${label}`, `Wniosek ${label}`],
  };
}
