import { Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { AccessService, AccountsService, identityMigrations, IdentityModule, PartnershipRole } from '@wspolnie/identity';
import { CreateReferencedTables1795627054000, StandInTablesModule } from '@wspolnie/identity/testing';
import { NotificationKind, notificationsMigrations, NotificationsModule } from '@wspolnie/notifications';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { defineMessages } from '@wspolnie/platform-i18n';
import { mailMigrations } from '@wspolnie/platform-mail';
import { realtimeMigrations } from '@wspolnie/platform-realtime';
import { createTestApp, type GraphqlClient, onlyError, type TestApp } from '@wspolnie/platform-testing';
import { CommentSubjectKind, CommentSubjects, discussionMigrations, DiscussionModule, DiscussionService, type HeldSubject } from '../src';

const PASSWORD = 'hasło-testowe-123';
const specMessage = defineMessages('discussion.spec', { en: { closed: 'The stand-in takes no comments now.' }, pl: { closed: 'Zastępczy temat nie przyjmuje teraz komentarzy.' } });

/**
 * A subject as an owning context registers one, standing in for a project: a partnership is
 * its own subject here, those in `closed` take no comments, and `audience` hears of comments.
 */
@Injectable()
class StandInSubject implements OnModuleInit {
  readonly closed = new Set<string>();
  audience: string[] = [];

  constructor(private readonly subjects: CommentSubjects) {}

  onModuleInit(): void {
    this.subjects.register(CommentSubjectKind.PROJECT, async (id): Promise<HeldSubject> => {
      if (this.closed.has(id)) throw DomainError.conflict(specMessage('closed'));
      return {
        partnershipId: id,
        scopeId: id,
        title: 'Projekt zastępczy',
        links: { projectId: id },
        eventKey: 'projectId',
        audience: async () => ({ kind: NotificationKind.COMMENT, recipientIds: this.audience }),
      };
    });
  }
}

@Module({ imports: [DiscussionModule], providers: [StandInSubject] })
class StandInSubjectModule {}

type Person = GraphqlClient & { id: string; actor: Actor };

describe('the discussion, on a subject another context registers', () => {
  let api: TestApp;
  let partnershipId: string;
  let author: Person;
  let colleague: Person;
  let listener: Person;
  let sequence = 0;
  const discussion = () => api.app.get(DiscussionService);
  const subject = () => api.app.get(StandInSubject);

  async function person(role: PartnershipRole | null, displayName: string): Promise<Person> {
    sequence += 1;
    const email = `rozmowa${sequence}.${Date.now().toString(36)}@test.example`;
    const account = await api.app.get(AccountsService).create({ email, displayName, password: PASSWORD });
    if (role) await api.app.get(AccessService).grant(account.id, partnershipId, role);
    return { ...(await api.signIn(email, PASSWORD)), id: account.id, actor: { userId: account.id, isPlatformAdmin: false } };
  }
  const inboxOf = async (who: Person) =>
    (await api.dataSource.query(`SELECT kind::text, comment_id, project_id FROM notification WHERE recipient_id = $1 ORDER BY seq`, [who.id])) as { kind: string; comment_id: string }[];
  const events = async () =>
    (await api.dataSource.query(`SELECT topic, action, subject_id, scope_id, changes FROM stream_event WHERE stream_id = $1 AND topic = 'comment' ORDER BY seq`, [partnershipId])) as any[];

  beforeAll(async () => {
    api = await createTestApp({
      imports: [StandInTablesModule, IdentityModule, NotificationsModule, DiscussionModule, StandInSubjectModule],
      migrations: [CreateReferencedTables1795627054000, ...realtimeMigrations, ...mailMigrations, ...identityMigrations, ...notificationsMigrations, ...discussionMigrations],
    });
    [{ id: partnershipId }] = await api.dataSource.query(`INSERT INTO partnership DEFAULT VALUES RETURNING id`);
    author = await person(PartnershipRole.ADVISOR, 'Katarzyna Kowalczyk');
    colleague = await person(PartnershipRole.COORDINATOR, 'Anna Zięba');
    listener = await person(PartnershipRole.OBSERVER, 'Michał Gąsienica');
  });
  afterAll(() => api?.close());

  it('writes, answers, edits and deletes a comment, each change an event of the subject scope', async () => {
    subject().audience = [listener.id, author.id];
    const first = await discussion().write(author.actor, { kind: CommentSubjectKind.PROJECT, subjectId: partnershipId, body: ` Pierwsza uwaga @[Anna Zięba](${colleague.id}) ` });
    expect(first).toMatchObject({
      subjectKind: 'PROJECT',
      subjectId: partnershipId,
      scopeId: partnershipId,
      body: `Pierwsza uwaga @[Anna Zięba](${colleague.id})`,
      inReplyToId: null,
      projectId: partnershipId,
      taskId: null,
    });
    // The mentioned hear of the mention, the audience of the comment, the author of neither.
    expect(await inboxOf(colleague)).toEqual([{ kind: 'MENTION', comment_id: first.id, project_id: partnershipId }]);
    expect(await inboxOf(listener)).toEqual([{ kind: 'COMMENT', comment_id: first.id, project_id: partnershipId }]);
    expect(await inboxOf(author)).toEqual([]);

    const answer = await discussion().write(colleague.actor, { kind: CommentSubjectKind.PROJECT, subjectId: partnershipId, body: 'Odpowiedź', inReplyToId: first.id });
    expect(answer.inReplyToId).toBe(first.id);
    expect(await inboxOf(author)).toEqual([{ kind: 'COMMENT', comment_id: answer.id, project_id: partnershipId }]);

    const EDIT = `mutation ($i: EditCommentInput!) { editComment(input: $i) { body version edits { number body } } }`;
    expect(onlyError(await colleague.gql(EDIT, { i: { id: first.id, expectedVersion: 1, body: 'Nie moja' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await author.gql(EDIT, { i: { id: first.id, expectedVersion: 1, body: 'Poprawiona uwaga' } })).data).toEqual({
      editComment: { body: 'Poprawiona uwaga', version: 2, edits: [{ number: 1, body: `Pierwsza uwaga @[Anna Zięba](${colleague.id})` }] },
    });
    const DELETE = `mutation ($i: CommentVersionInput!) { deleteComment(input: $i) { body deleted version edits { number } } }`;
    expect((await author.gql(DELETE, { i: { id: first.id, expectedVersion: 2 } })).data).toEqual({ deleteComment: { body: null, deleted: true, version: 3, edits: [] } });
    expect(onlyError(await author.gql(DELETE, { i: { id: first.id, expectedVersion: 3 } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    expect((await events()).map((event) => [event.action, event.subject_id, event.scope_id])).toEqual([
      ['comment.created', first.id, partnershipId],
      ['comment.created', answer.id, partnershipId],
      ['comment.edited', first.id, partnershipId],
      ['comment.deleted', first.id, partnershipId],
    ]);
    expect((await events())[1].changes).toEqual({ projectId: { after: partnershipId }, inReplyToId: { after: first.id }, body: { after: 'Odpowiedź' } });
  });

  it('refuses an outsider mentioned, an answer to a deleted comment or one elsewhere, and a subject its owner closed, writing nothing', async () => {
    const outsider = await person(null, 'Jan Obcy');
    const count = async () => (await api.dataSource.query(`SELECT count(*)::int AS n FROM comment`))[0].n;
    const before = await count();
    const on = { kind: CommentSubjectKind.PROJECT, subjectId: partnershipId };
    await expect(discussion().write(author.actor, { ...on, body: `Do @[Jan Obcy](${outsider.id})` })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const [elsewhere] = await api.dataSource.query(`INSERT INTO partnership DEFAULT VALUES RETURNING id`);
    const there = await discussion().write(colleague.actor, { kind: CommentSubjectKind.PROJECT, subjectId: elsewhere.id, body: 'Gdzie indziej' });
    await expect(discussion().write(author.actor, { ...on, body: 'Odpowiedź', inReplyToId: there.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    subject().closed.add(partnershipId);
    await expect(discussion().write(author.actor, { ...on, body: 'Za późno' })).rejects.toMatchObject({ code: 'CONFLICT' });
    subject().closed.delete(partnershipId);
    expect(await count()).toBe(before + 1);
  });
});
