import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { COMMENT, createPlan, keyOf, must, partnership, person, type Person, PUBLISH, RAJCZA, startPlansApp, UJSOLY } from './plans.factory';

describe('plans under concurrent edits', () => {
  let api: TestApp;
  let partnershipId: string;
  let coordinator: Person;
  let advisor: Person;
  let officials: Person[];

  beforeAll(async () => {
    api = await startPlansApp();
    partnershipId = await partnership(api);
    coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    advisor = await person(api, partnershipId, PartnershipRole.ADVISOR);
    officials = [await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, RAJCZA), await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, UJSOLY)];
  });
  afterAll(() => api?.close());

  it('lets one of two authors publish on the same version; the other is told CONFLICT, and revisions stay gapless', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    await must(coordinator, `mutation ($i: UpdatePlanInput!) { updatePlan(input: $i) { version } }`, { i: { id: plan.id, expectedVersion: plan.version, authorIds: [coordinator.account.id, advisor.account.id] } });
    const version = plan.version + 1;
    const attempts = await Promise.all(
      [coordinator, advisor].map((author, index) =>
        author.gql(PUBLISH, { i: { planId: plan.id, expectedVersion: version, markdown: `${plan.currentRevision.markdown}\nDopisek ${index}.`, summary: `Wersja autora ${index}` } }),
      ),
    );
    const codes = attempts.map((attempt) => attempt.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const numbers = await api.dataSource.query(`SELECT number FROM plan_revision WHERE plan_id = $1 ORDER BY number`, [plan.id]);
    expect(numbers.map((row: { number: number }) => row.number)).toEqual([1, 2]);
  });

  it('never leaves an open thread behind on an older revision when comments and a new revision are written at once', async () => {
    const plan = await createPlan(coordinator, partnershipId);
    let current = plan;
    for (let round = 0; round < 6; round += 1) {
      const written = current;
      const [published] = await Promise.all([
        must(coordinator, PUBLISH, { i: { planId: plan.id, expectedVersion: written.version, markdown: `${written.currentRevision.markdown}\nRunda ${round}.`, summary: `Runda ${round}` } }),
        ...officials.map((official, index) =>
          must(official, COMMENT, { i: { planId: plan.id, revisionId: written.currentRevision.id, sectionKey: keyOf(written, 'Diagnoza'), body: `Uwaga ${round}.${index}` } }),
        ),
      ]);
      current = published;
    }
    const behind = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM plan_thread thread JOIN plan ON plan.id = thread.plan_id
       JOIN plan_revision revision ON revision.id = thread.revision_id
       WHERE thread.plan_id = $1 AND thread.status = 'OPEN' AND thread.anchor <> 'OUTDATED' AND revision.number <> plan.revision_count`,
      [plan.id],
    );
    const all = await api.dataSource.query(`SELECT count(*)::int AS n FROM plan_thread WHERE plan_id = $1`, [plan.id]);
    expect(all[0].n).toBe(12);
    expect(behind[0].n).toBe(0);
  });
});
