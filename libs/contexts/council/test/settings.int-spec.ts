import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { council, must, person, refusal, startCouncilApp } from './council.factory';

const READ = `query ($p: UUID!) { councilSettings(partnershipId: $p) { partnershipId quorumRule votingRule stagesNeedingResolution version } }`;
const UPDATE = `mutation ($i: UpdateCouncilSettingsInput!) { updateCouncilSettings(input: $i) { quorumRule votingRule stagesNeedingResolution version } }`;

describe("a partnership council's settings", () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startCouncilApp();
  }, 120_000);

  afterAll(() => api?.close());

  it('start at the defaults, version 0, and change by their coordinator with versions', async () => {
    const { partnershipId, coordinator, representatives } = await council(api);
    expect(await must(coordinator, READ, { p: partnershipId })).toEqual({ partnershipId, quorumRule: 'MORE_THAN_HALF', votingRule: 'SIMPLE_MAJORITY', stagesNeedingResolution: [], version: 0 });
    expect((await refusal(coordinator, UPDATE, { i: { partnershipId, expectedVersion: 3, quorumRule: 'AT_LEAST_TWO_THIRDS' } })).code).toBe('CONFLICT');
    expect(await api.dataSource.query(`SELECT 1 FROM council_settings WHERE id = $1`, [partnershipId])).toHaveLength(0);
    const changed = await must(coordinator, UPDATE, { i: { partnershipId, expectedVersion: 0, quorumRule: 'AT_LEAST_TWO_THIRDS', stagesNeedingResolution: ['PREPARATION'] } });
    expect(changed).toEqual({ quorumRule: 'AT_LEAST_TWO_THIRDS', votingRule: 'SIMPLE_MAJORITY', stagesNeedingResolution: ['PREPARATION'], version: 1 });
    // A second writer that read the defaults is stale now.
    expect((await refusal(coordinator, UPDATE, { i: { partnershipId, expectedVersion: 0, votingRule: 'ABSOLUTE_MAJORITY' } })).code).toBe('CONFLICT');
    expect(await refusal(coordinator, UPDATE, { i: { partnershipId, expectedVersion: 1, stagesNeedingResolution: ['FUNDED', 'FUNDED'] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stagesNeedingResolution',
    });
    const member = Object.values(representatives)[0];
    expect((await refusal(member, UPDATE, { i: { partnershipId, expectedVersion: 1, votingRule: 'ABSOLUTE_MAJORITY' } })).code).toBe('FORBIDDEN');
    const outsider = await person(api, (await council(api)).partnershipId, PartnershipRole.COORDINATOR);
    expect((await refusal(outsider, READ, { p: partnershipId })).code).toBe('NOT_FOUND');
    expect((await must(coordinator, READ, { p: partnershipId })).version).toBe(1);
  });
});
