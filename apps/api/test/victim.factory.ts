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
 * official, a pending invitation, a plan with a comment thread and the activity all this left. `label` marks its texts.
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
    },
    markers: [`Partnerstwo ${label}`, `Opis ${label}`, `Obszar ${label}`, `Projekt ${label}`, `Streszczenie ${label}`, `Zadanie ${label}`, invited, coordinator.email, official.email, partnership.slug, `Plan ${label}`, `Diagnoza ${label}`, `Treść ${label}`, `Wersja ${label}`, `Uwaga ${label}`],
    coordinator,
    official,
    change: () => must(coordinator, `mutation ($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`, { i: { id: task.id, expectedVersion: version++, title: `Zadanie ${label}` } }),
  };
}
