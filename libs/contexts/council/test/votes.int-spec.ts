import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { must, person, refusal, startCouncilApp } from './council.factory';
import { CANCEL, CAST, CLOSE, decide, ISTEBNA, MILOWKA, OPEN, RAJCZA, UJSOLY, VOTE, voteWorld } from './vote.world';

const SETTINGS = `mutation ($i: UpdateCouncilSettingsInput!) { updateCouncilSettings(input: $i) { version votingRule quorumRule stagesNeedingResolution } }`;

describe('votes of the council, one per member gmina', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startCouncilApp();
  }, 120_000);

  afterAll(() => api?.close());

  it('opens only with a quorum of member gminas represented, and says how far it is', async () => {
    const world = await voteWorld(api);
    const item = await world.item();
    await world.arrive(RAJCZA, UJSOLY);
    const refused = await refusal(world.coordinator, OPEN, { i: { agendaItemId: item } });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'There is no quorum: 2 of 4 member gminas are represented, 3 are needed.' });
    expect(await api.dataSource.query(`SELECT 1 FROM council_vote WHERE agenda_item_id = $1`, [item])).toHaveLength(0);
    await world.arrive(ISTEBNA);
    expect(await must(world.coordinator, OPEN, { i: { agendaItemId: item } })).toMatchObject({ status: 'OPEN', memberCount: 4, tally: { cast: 0, notVoted: 4 } });
  });

  it('takes one vote per gmina, from its representative present, while the vote is open', async () => {
    const world = await voteWorld(api);
    const item = await world.item({ title: 'Przyjęcie planu pracy Rady' });
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA);
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    await must(world.representatives[RAJCZA], CAST, { i: { voteId: vote.id, choice: 'FOR' } });
    expect(await refusal(world.representatives[RAJCZA], CAST, { i: { voteId: vote.id, choice: 'AGAINST' } })).toMatchObject({
      code: 'CONFLICT',
      message: 'Rajcza has already voted on „Przyjęcie planu pracy Rady”: one vote per member gmina.',
    });
    // Milówka's representative is invited but not present.
    expect(await refusal(world.representatives[MILOWKA], CAST, { i: { voteId: vote.id, choice: 'FOR' } })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('not recorded as present'),
    });
    // The coordinator holds a role but represents no gmina here.
    expect(await refusal(world.coordinator, CAST, { i: { voteId: vote.id, choice: 'FOR' } })).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('not invited to this meeting as the representative'),
    });
    const observer = await person(api, world.partnershipId, PartnershipRole.OBSERVER);
    expect((await refusal(observer, CAST, { i: { voteId: vote.id, choice: 'FOR' } })).code).toBe('FORBIDDEN');
    const current = await must(world.coordinator, VOTE, { id: vote.id });
    expect(current.tally).toEqual({ for: 1, against: 0, abstain: 0, cast: 1, notVoted: 3 });
    expect(current.ballots).toEqual([{ gmina: { terc: RAJCZA, name: 'Rajcza' }, choice: 'FOR', castBy: { displayName: world.representatives[RAJCZA].account.displayName } }]);
    const closed = await must(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: current.version } });
    expect(await refusal(world.representatives[UJSOLY], CAST, { i: { voteId: vote.id, choice: 'FOR' } })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('is closed') });
    expect(closed.tally.cast).toBe(1);
  });

  it("lets nobody cast the vote of a gmina they do not act for, nor two gminas' votes", async () => {
    const world = await voteWorld(api);
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA);
    const rajcza = world.representatives[RAJCZA];
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: await world.item() } });
    await must(rajcza, CAST, { i: { voteId: vote.id, choice: 'FOR' } });
    // Milówka's seat cannot be given to someone who acts for Rajcza, nor to an official of Rajcza.
    const INVITE = `mutation ($i: InviteToMeetingInput!) { inviteToMeeting(input: $i) { id } }`;
    await api.dataSource.query(`DELETE FROM council_invitee WHERE meeting_id = $1 AND gmina_id = (SELECT id FROM gmina WHERE terc = $2)`, [world.meetingId, MILOWKA]);
    const seat = await refusal(world.coordinator, INVITE, { i: { meetingId: world.meetingId, userId: rajcza.account.id, role: 'REPRESENTATIVE', gminaTerc: MILOWKA } });
    expect(seat).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gminaTerc', message: expect.stringContaining('acts for another gmina in this partnership, not for Milówka') });
    const official = await person(api, world.partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA);
    expect((await refusal(world.coordinator, INVITE, { i: { meetingId: world.meetingId, userId: official.account.id, role: 'REPRESENTATIVE', gminaTerc: MILOWKA } })).field).toBe('gminaTerc');
    // A seat written past that check (or a role changed since) still gives no second ballot, nor a gmina's vote to someone who no longer acts for it.
    await api.dataSource.query(`UPDATE council_invitee SET gmina_id = (SELECT id FROM gmina WHERE terc = $3) WHERE meeting_id = $1 AND user_id = $2`, [world.meetingId, rajcza.account.id, MILOWKA]);
    expect(await refusal(rajcza, CAST, { i: { voteId: vote.id, choice: 'AGAINST' } })).toMatchObject({
      code: 'FORBIDDEN',
      message: 'You no longer act for Milówka in this partnership, so you cannot cast its vote.',
    });
    await api.dataSource.query(`UPDATE partnership_access SET gmina_id = (SELECT id FROM gmina WHERE terc = $3) WHERE partnership_id = $1 AND user_id = $2`, [
      world.partnershipId,
      rajcza.account.id,
      MILOWKA,
    ]);
    expect(await refusal(rajcza, CAST, { i: { voteId: vote.id, choice: 'AGAINST' } })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('one person casts one gmina') });
    expect((await must(world.coordinator, VOTE, { id: vote.id })).tally).toMatchObject({ for: 1, against: 0, cast: 1 });
  });

  it('refuses a representative of a gmina that is not a member of the partnership', async () => {
    const world = await voteWorld(api);
    const item = await world.item();
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA);
    const outsider = await person(api, world.partnershipId, PartnershipRole.COUNCIL_MEMBER);
    // Węgierska Górka is not a member of this partnership; the invitation is made in the database, past the meetings' own check.
    await api.dataSource.query(
      `INSERT INTO council_invitee (meeting_id, partnership_id, user_id, role, gmina_id, present) SELECT $1, $2, $3, 'REPRESENTATIVE', id, true FROM gmina WHERE terc = '2417122'`,
      [world.meetingId, world.partnershipId, outsider.account.id],
    );
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    expect(await refusal(outsider, CAST, { i: { voteId: vote.id, choice: 'FOR' } })).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('no longer a member gmina') });
    expect((await must(world.coordinator, VOTE, { id: vote.id })).tally.cast).toBe(0);
  });

  it('closes only with a quorum; the chair may instead cancel, keeping the ballots on record', async () => {
    const world = await voteWorld(api);
    const item = await world.item();
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA);
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    await must(world.representatives[RAJCZA], CAST, { i: { voteId: vote.id, choice: 'FOR' } });
    await world.leave(UJSOLY);
    expect(await refusal(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version } })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('There is no quorum now (2 of 4'),
    });
    const cancelled = await must(world.coordinator, CANCEL, { i: { voteId: vote.id, expectedVersion: vote.version } });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', result: null, resolution: null, ballots: [{ choice: 'FOR' }] });
    // A new vote on the same item may follow.
    await world.arrive(UJSOLY);
    expect((await must(world.coordinator, OPEN, { i: { agendaItemId: item } })).status).toBe('OPEN');
  });

  it('decides by a simple majority of votes cast: a tie rejects, abstentions do not count', async () => {
    const world = await voteWorld(api);
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA, MILOWKA);
    const tie = await decide(world, await world.item(), { [RAJCZA]: 'FOR', [UJSOLY]: 'AGAINST', [ISTEBNA]: 'ABSTAIN', [MILOWKA]: 'ABSTAIN' });
    expect(tie).toMatchObject({ status: 'CLOSED', result: 'REJECTED', resolution: null, tally: { for: 1, against: 1, abstain: 2, cast: 4, notVoted: 0 } });
    const few = await decide(world, await world.item(), { [RAJCZA]: 'FOR', [UJSOLY]: 'ABSTAIN', [ISTEBNA]: 'ABSTAIN' });
    expect(few).toMatchObject({ result: 'ADOPTED', tally: { for: 1, against: 0, abstain: 2, cast: 3, notVoted: 1 } });
  });

  it('decides by an absolute majority of member gminas when the partnership chose it', async () => {
    const world = await voteWorld(api);
    await must(world.coordinator, SETTINGS, { i: { partnershipId: world.partnershipId, expectedVersion: 0, votingRule: 'ABSOLUTE_MAJORITY' } });
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA, MILOWKA);
    // Two of four for is half, not more than half: rejected, though a simple majority would adopt.
    expect((await decide(world, await world.item(), { [RAJCZA]: 'FOR', [UJSOLY]: 'FOR', [ISTEBNA]: 'ABSTAIN' })).result).toBe('REJECTED');
    expect((await decide(world, await world.item(), { [RAJCZA]: 'FOR', [UJSOLY]: 'FOR', [ISTEBNA]: 'FOR', [MILOWKA]: 'AGAINST' })).result).toBe('ADOPTED');
  });

  it('refuses a stale version of the vote and an item without a motion', async () => {
    const world = await voteWorld(api);
    await world.arrive(RAJCZA, UJSOLY, ISTEBNA);
    const item = await world.item();
    const vote = await must(world.coordinator, OPEN, { i: { agendaItemId: item } });
    expect(await refusal(world.coordinator, OPEN, { i: { agendaItemId: item } })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('already open') });
    expect((await refusal(world.coordinator, CLOSE, { i: { voteId: vote.id, expectedVersion: vote.version + 1 } })).code).toBe('CONFLICT');
    expect((await must(world.coordinator, VOTE, { id: vote.id })).status).toBe('OPEN');
    const [bare] = await api.dataSource.query(`INSERT INTO council_agenda_item (meeting_id, partnership_id, position, title) VALUES ($1, $2, 999, 'Sprawy różne') RETURNING id`, [
      world.meetingId,
      world.partnershipId,
    ]);
    expect(await refusal(world.coordinator, OPEN, { i: { agendaItemId: bare.id } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'agendaItemId' });
  });
});
