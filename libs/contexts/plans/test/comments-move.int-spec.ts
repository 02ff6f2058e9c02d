import { discussionMigrations } from '@wspolnie/discussion';
import { PartnershipRole } from '@wspolnie/identity';
import type { TestApp } from '@wspolnie/platform-testing';
import { COMMENT, createPlan, keyOf, must, partnership, person, REPLY, startPlansApp, THREAD } from './plans.factory';

const EDIT = `mutation ($i: EditCommentInput!) { editComment(input: $i) { id version } }`;

/** Plan comments moved into the discussion's tables (1795627054315), and back, keep every row. */
describe('moving plan comments to the discussion', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startPlansApp();
  });
  afterAll(() => api?.close());

  const rowsOf = (table: string, order: string) => api.dataSource.query(`SELECT * FROM ${table} ORDER BY ${order}`);

  it('keeps the ids, texts, earlier texts and mentions of plan comments down and up, and drops comments on tasks down', async () => {
    const partnershipId = await partnership(api);
    const coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    const official = await person(api, partnershipId, PartnershipRole.GMINA_OFFICIAL, '2417112');
    const plan = await createPlan(coordinator, partnershipId);
    const thread = await must(official, COMMENT, {
      i: { planId: plan.id, revisionId: plan.currentRevision.id, sectionKey: keyOf(plan, 'Diagnoza'), body: `Uwaga dla @[Anna](${coordinator.account.id})` },
    });
    const first = thread.comments[0];
    await must(official, EDIT, { i: { id: first.id, expectedVersion: 1, body: `Poprawiona uwaga dla @[Anna](${coordinator.account.id})` } });
    const reply = await must(coordinator, REPLY, { i: { commentId: first.id, body: 'Dziękuję.' } });
    const [{ id: task }] = await api.dataSource.query(`SELECT gen_random_uuid() AS id`);
    await api.dataSource.query(`INSERT INTO comment (subject_kind, subject_id, scope_id, partnership_id, author_id, body) VALUES ('TASK', $1, $1, $2, $3, 'Na zadaniu')`, [
      task,
      partnershipId,
      coordinator.account.id,
    ]);
    // A notification of the task's comment goes with it (nothing else would take it away); a plan comment's stays.
    const [{ id: onTask }] = await api.dataSource.query(`SELECT id FROM comment WHERE subject_kind = 'TASK' AND subject_id = $1`, [task]);
    const notify = (commentId: string, seq: number) =>
      api.dataSource.query(`INSERT INTO notification (id, recipient_id, seq, kind, partnership_id, subject_title, comment_id) VALUES (gen_random_uuid(), $1, $2, 'MENTION', $3, 'Temat', $4)`, [
        official.account.id,
        seq,
        partnershipId,
        commentId,
      ]);
    await notify(onTask, 1_000_001);
    await notify(reply.id, 1_000_002);
    const comments = await rowsOf(`comment WHERE subject_kind = 'PLAN_THREAD'`, 'seq');
    const edits = await rowsOf('comment_edit', 'comment_id, number');
    const mentions = await rowsOf('comment_mention', 'comment_id, user_id');
    expect(comments.map((row: any) => row.id)).toEqual([first.id, reply.id]);
    expect(edits).toHaveLength(1);
    expect(mentions).toHaveLength(1);

    const [move] = discussionMigrations;
    const runner = api.dataSource.createQueryRunner();
    try {
      await new move().down(runner);
      const before = await rowsOf('plan_comment', 'seq');
      expect(before.map((row: any) => [row.id, row.thread_id, row.plan_id, row.body, row.in_reply_to_id, row.version])).toEqual(
        comments.map((row: any) => [row.id, row.subject_id, row.scope_id, row.body, row.in_reply_to_id, row.version]),
      );
      expect(await rowsOf('plan_comment_edit', 'comment_id, number')).toEqual(edits);
      expect(await rowsOf('plan_comment_mention', 'comment_id, user_id')).toEqual(mentions);
      const [{ n }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM pg_constraint WHERE conname IN ('plan_comment_thread_fk', 'plan_comment_plan_fk')`);
      expect(n).toBe(2);
      expect(await api.dataSource.query(`SELECT DISTINCT comment_id FROM notification WHERE comment_id = ANY($1::uuid[])`, [[onTask, reply.id]])).toEqual([{ comment_id: reply.id }]);
      await new move().up(runner);
    } finally {
      await runner.release();
    }
    const after = await rowsOf('comment', 'seq');
    expect(after.map((row: any) => ({ ...row, updated_at: null }))).toEqual(comments.map((row: any) => ({ ...row, updated_at: null })));
    expect(await rowsOf('comment_edit', 'comment_id, number')).toEqual(edits);
    expect(await rowsOf('comment_mention', 'comment_id, user_id')).toEqual(mentions);
    const read = await must(coordinator, THREAD, { id: thread.id });
    expect(read.comments.map((comment: any) => comment.id)).toEqual([first.id, reply.id]);
  });

  it('refuses to go down while plan comments have no thread or plan, naming how many, and changes nothing', async () => {
    const partnershipId = await partnership(api);
    const coordinator = await person(api, partnershipId, PartnershipRole.COORDINATOR);
    const [{ id: orphan }] = await api.dataSource.query(
      `INSERT INTO comment (subject_kind, subject_id, scope_id, partnership_id, author_id, body) VALUES ('PLAN_THREAD', gen_random_uuid(), gen_random_uuid(), $1, $2, 'Sierota') RETURNING id`,
      [partnershipId, coordinator.account.id],
    );
    const [move] = discussionMigrations;
    const runner = api.dataSource.createQueryRunner();
    try {
      await expect(new move().down(runner)).rejects.toThrow('1 plan comment(s) have no thread and 1 no plan');
      expect(await api.dataSource.query(`SELECT to_regclass('comment') IS NOT NULL AS kept`)).toEqual([{ kept: true }]);
    } finally {
      await runner.release();
      await api.dataSource.query(`DELETE FROM comment WHERE id = $1`, [orphan]);
    }
  });
});
