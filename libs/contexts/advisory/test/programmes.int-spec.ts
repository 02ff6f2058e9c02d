import { onlyError, type TestApp } from '@wspolnie/platform-testing';
import { GRANT, must, person, programme, type ProgrammeWorld, startAdvisoryApp } from './advisory.factory';

const READ = `query ($id: UUID!) { programme(id: $id) { id name totalValue euContribution topics { kind name position } teams { name } people { role teamId user { id } } } }`;
const LIST = `{ programmes(first: 20) { totalCount edges { node { id } } } }`;
const UPDATE = `mutation ($i: UpdateProgrammeInput!) { updateProgramme(input: $i) { id version name } }`;
const REVOKE = `mutation ($i: RevokeProgrammeRoleInput!) { revokeProgrammeRole(input: $i) }`;

describe('advisory programmes and their roles', () => {
  let api: TestApp;
  let world: ProgrammeWorld;

  beforeAll(async () => {
    api = await startAdvisoryApp();
    world = await programme(api);
  });
  afterAll(() => api?.close());

  it('keeps the programme, its budget exactly, its modules in order, its teams and people', async () => {
    const read = await must(world.consultant, READ, { id: world.id });
    expect(read).toMatchObject({ totalValue: '69504961.44', euContribution: '55402404.76' });
    expect(read.topics.filter((topic: { kind: string }) => topic.kind === 'MODULE').map((topic: { position: number }) => topic.position)).toEqual([1, 2, 3, 4]);
    expect(read.people.map((access: { role: string }) => access.role).sort()).toEqual(['CONSULTANT', 'CONSULTANT', 'PROGRAMME_MANAGER']);
    expect((await must(world.westConsultant, LIST)).edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([world.id]);
  });

  it('shows the programme to nobody without a role in it, and lets only its manager change it', async () => {
    const stranger = await person(api);
    expect(onlyError(await stranger.gql(READ, { id: world.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await must(stranger, LIST)).totalCount).toBe(0);
    const refused = onlyError(await world.consultant.gql(UPDATE, { i: { id: world.id, expectedVersion: 1, name: 'Inna nazwa' } }));
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', action: 'programme.manage' });
    expect(refused.message).toBe('Your role in this programme (consultant) does not allow changing the programme\'s details, modules and teams.');
  });

  it('refuses an EU contribution above the total, a team of another programme and a last manager stepping down, changing nothing', async () => {
    const above = onlyError(await world.manager.gql(UPDATE, { i: { id: world.id, expectedVersion: 1, euContribution: '69504961.45' } }));
    expect(above.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'euContribution' });
    const other = await programme(api);
    const someone = await person(api);
    const wrongTeam = onlyError(await world.manager.gql(GRANT, { i: { programmeId: world.id, email: someone.email, role: 'CONSULTANT', teamId: other.teams.west } }));
    expect(wrongTeam.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'teamId' });
    const last = onlyError(await world.manager.gql(REVOKE, { i: { programmeId: world.id, userId: world.manager.account.id } }));
    expect(last.extensions?.code).toBe('CONFLICT');
    expect((await must(world.manager, READ, { id: world.id })).people).toHaveLength(3);
  });
});
