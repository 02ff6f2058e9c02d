import { PartnershipRole } from '@wspolnie/identity';
import { onlyError } from '@wspolnie/platform-testing';
import { docx, odt, pdf, PNG, windowsExecutable, zipOf } from './attachments.files';
import { attachmentsWorld, type AttachmentsWorld, type Person, UJSOLY } from './attachments.world';

const { COORDINATOR, COUNCIL_MEMBER, GMINA_OFFICIAL, OBSERVER } = PartnershipRole;
const NAME = 'Karta projektu – żłobek.pdf';
const PROJECT_FILES = `query ($id: UUID!) { project(id: $id) { attachments { id fileName contentType sizeBytes taskId downloadUrl uploadedBy { id } version } } }`;
const ARCHIVE = `mutation ($i: ArchiveAttachmentInput!) { archiveAttachment(input: $i) { id version archivedAt } }`;

describe('attachments of projects and tasks', () => {
  let world: AttachmentsWorld;
  let small: AttachmentsWorld;
  let partnershipId: string;
  let projectId: string;
  let coordinator: Person;
  let council: Person;
  let official: Person;
  let otherOfficial: Person;
  let observer: Person;
  let outsider: Person;

  beforeAll(async () => {
    world = await attachmentsWorld();
    // Another process on the same data and files with a small limit: uploads past it are refused.
    small = await attachmentsWorld({ ATTACHMENT_MAX_BYTES: '4096', DATA_DIR: world.dataDir }, { database: world.api.database });
    partnershipId = await world.partnership();
    coordinator = await world.person([{ partnershipId, role: COORDINATOR }]);
    council = await world.person([{ partnershipId, role: COUNCIL_MEMBER }]);
    official = await world.person([{ partnershipId, role: GMINA_OFFICIAL, gminaTerc: '2417112' }]);
    otherOfficial = await world.person([{ partnershipId, role: GMINA_OFFICIAL, gminaTerc: UJSOLY }]);
    observer = await world.person([{ partnershipId, role: OBSERVER }]);
    outsider = await world.person();
    projectId = await world.project(coordinator, partnershipId, 'Żłobek gminny w Rajczy (przykład)');
  });
  afterAll(async () => {
    await small?.api.close();
    await world?.api.close();
  });

  const uploadTo = (id: string, who: Person | undefined, bytes: Buffer, name: string, through = world) => through.upload(`/projects/${id}/attachments`, who?.accessToken, bytes, name);
  const download = (id: string, who?: Person) => world.http(`/attachments/${id}`, { token: who?.accessToken });

  it('keeps an uploaded PDF and gives it back byte for byte, under its name and type, with an event', async () => {
    const bytes = pdf(50_000);
    const answer = await uploadTo(projectId, official, bytes, NAME);
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ projectId, taskId: null, fileName: NAME, contentType: 'application/pdf', sizeBytes: bytes.length, version: 1 });
    expect(answer.json.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(answer.json).not.toHaveProperty('storageKey');

    const file = await download(answer.json.id, observer);
    expect(file.status).toBe(200);
    expect(file.bytes.equals(bytes)).toBe(true);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="Karta projektu - zlobek.pdf"; filename*=UTF-8''${encodeURIComponent(NAME)}`);
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');

    const [event] = await world.api.dataSource.query(`SELECT action, scope_id, actor_id, changes FROM stream_event WHERE topic = 'attachment' AND subject_id = $1`, [answer.json.id]);
    expect(event).toMatchObject({ action: 'attachment.uploaded', scope_id: projectId, actor_id: official.id, changes: { fileName: { after: NAME }, sizeBytes: { after: bytes.length } } });
    const listed = (await observer.gql(PROJECT_FILES, { id: projectId })).data!['project'].attachments;
    expect(listed).toContainEqual(expect.objectContaining({ id: answer.json.id, fileName: NAME, uploadedBy: { id: official.id } }));
    expect(listed.find((row: { id: string }) => row.id === answer.json.id).downloadUrl).toMatch(new RegExp(`/attachments/${answer.json.id}$`));
  });

  it('tells the type from the bytes: office documents, images and text are taken, whatever their names', async () => {
    const cases: [Buffer, string, string][] = [
      [docx(), 'kosztorys.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [odt(), 'uchwała', 'application/vnd.oasis.opendocument.text'],
      [PNG, 'skan.jpg', 'image/png'],
      [Buffer.from('Lp.;Pozycja;Kwota\n1;Żłobek;1000,00\n'), 'kosztorys.csv', 'text/csv; charset=utf-8'],
    ];
    for (const [bytes, name, type] of cases) {
      const answer = await uploadTo(projectId, coordinator, bytes, name);
      expect([answer.status, answer.json.contentType]).toEqual([201, type]);
    }
  });

  it('refuses a renamed executable, a zip of something else and binary junk, keeping nothing', async () => {
    const rows = await world.rows();
    const files = world.storedFiles();
    for (const [bytes, name] of [
      [windowsExecutable(), 'kosztorys.pdf'],
      [Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01', 'latin1'), Buffer.alloc(200)]), 'karta.docx'],
      [zipOf([['setup.exe', windowsExecutable()]]), 'kosztorys.xlsx'],
      [Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]), 'notatka.txt'],
    ] as const) {
      const answer = await uploadTo(projectId, coordinator, bytes, name);
      expect([answer.status, answer.json.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(answer.json.message).toMatch(/cannot be attached/);
    }
    expect(await world.rows()).toBe(rows);
    expect(world.storedFiles()).toEqual(files);
  });

  it('refuses a file over the limit with 413, keeping nothing; and asks for multipart with one file field', async () => {
    const rows = await world.rows();
    const files = world.storedFiles();
    const over = await uploadTo(projectId, coordinator, pdf(4097), 'za-duży.pdf', small);
    expect([over.status, over.json.code]).toEqual([413, 'BAD_USER_INPUT']);
    expect(over.json.message).toBe('The file is larger than 4 KiB; attachments may be at most that large.');
    expect((await uploadTo(projectId, coordinator, pdf(4096), 'w sam raz.pdf', small)).status).toBe(201);
    expect(await world.rows()).toBe(rows + 1);
    expect(world.storedFiles()).toHaveLength(files.length + 1);

    const json = await world.http(`/projects/${projectId}/attachments`, { method: 'POST', token: coordinator.accessToken, headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([json.status, json.json.code]).toEqual([400, 'BAD_USER_INPUT']);
    const field = await world.upload(`/projects/${projectId}/attachments`, coordinator.accessToken, pdf(), 'karta.pdf', 'plik');
    expect([field.status, field.json.message]).toEqual([400, 'The field „plik” is not taken: send only the file, in the field „file”.']);
    expect(await world.rows()).toBe(rows + 1);
  });

  it('answers an outsider as it answers an unknown id, uploads and downloads alike; without a token 401', async () => {
    const { json: kept } = await uploadTo(projectId, coordinator, pdf(), 'karta.pdf');
    const rows = await world.rows();
    expect((await uploadTo(projectId, outsider, pdf(), 'karta.pdf')).status).toBe(404);
    const refused = await download(kept.id, outsider);
    const unknown = await download('00000000-0000-4000-8000-000000000000', outsider);
    expect([refused.status, refused.json.code]).toEqual([404, 'NOT_FOUND']);
    expect([unknown.status, unknown.json.code]).toEqual([404, 'NOT_FOUND']);
    expect(refused.json.message.replace(kept.id, 'ID')).toBe(unknown.json.message.replace('00000000-0000-4000-8000-000000000000', 'ID'));
    expect((await download(kept.id)).status).toBe(401);
    expect((await uploadTo(projectId, undefined, pdf(), 'karta.pdf')).status).toBe(401);
    expect((await download('nie-uuid', coordinator)).status).toBe(400);
    expect(onlyError(await outsider.gql(PROJECT_FILES, { id: projectId })).extensions?.code).toBe('NOT_FOUND');
    expect(await world.rows()).toBe(rows);
  });

  it('lets whoever edits the project or the task upload: an official of another gmina only to a task assigned to them', async () => {
    const HOW = `query ($p: UUID, $t: UUID) { attachmentUpload(projectId: $p, taskId: $t) { url maxBytes contentTypes } }`;
    const how = (await official.gql(HOW, { p: projectId })).data!['attachmentUpload'];
    expect(how).toMatchObject({ url: expect.stringMatching(new RegExp(`/projects/${projectId}/attachments$`)), maxBytes: 26_214_400 });
    expect(how.contentTypes).toEqual(expect.arrayContaining(['application/pdf', 'application/vnd.oasis.opendocument.text', 'text/csv']));
    expect(onlyError(await observer.gql(HOW, { p: projectId })).extensions?.code).toBe('FORBIDDEN');
    expect((await uploadTo(projectId, observer, pdf(), 'karta.pdf')).json.code).toBe('FORBIDDEN');
    expect((await uploadTo(projectId, otherOfficial, pdf(), 'karta.pdf')).json.code).toBe('FORBIDDEN');
    const taskId = await world.task(coordinator, projectId, 'Kosztorys inwestorski', { assigneeId: otherOfficial.id });
    expect((await otherOfficial.gql(HOW, { t: taskId })).data!['attachmentUpload'].url).toMatch(new RegExp(`/tasks/${taskId}/attachments$`));
    const answer = await world.upload(`/tasks/${taskId}/attachments`, otherOfficial.accessToken, docx(), 'kosztorys.docx');
    expect(answer.status).toBe(201);
    expect(answer.json.taskId).toBe(taskId);
    const task = (await observer.gql(`query ($id: UUID!) { task(id: $id) { attachments { id } } }`, { id: taskId })).data!['task'];
    expect(task.attachments).toEqual([{ id: answer.json.id }]);
    const project = (await observer.gql(PROJECT_FILES, { id: projectId })).data!['project'];
    expect(project.attachments.map((row: { id: string }) => row.id)).toContain(answer.json.id);
  });

  it('removes an attachment by archiving it (a stale version answers CONFLICT); the row and file stay, the lists and downloads forget it', async () => {
    const { json: kept } = await uploadTo(projectId, official, pdf(), 'do usunięcia.pdf');
    expect(onlyError(await otherOfficial.gql(ARCHIVE, { i: { id: kept.id, expectedVersion: 1 } })).extensions?.code).toBe('FORBIDDEN');
    expect((await official.gql(ARCHIVE, { i: { id: kept.id, expectedVersion: 1 } })).data!['archiveAttachment']).toMatchObject({ id: kept.id, version: 2 });
    const stale = onlyError(await coordinator.gql(ARCHIVE, { i: { id: kept.id, expectedVersion: 1 } }));
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect((await download(kept.id, coordinator)).status).toBe(404);
    const listed = (await coordinator.gql(PROJECT_FILES, { id: projectId })).data!['project'].attachments;
    expect(listed.map((row: { id: string }) => row.id)).not.toContain(kept.id);
    const [row] = await world.api.dataSource.query(`SELECT archived_by FROM attachment WHERE id = $1`, [kept.id]);
    expect(row.archived_by).toBe(official.id);
    const events = await world.api.dataSource.query(`SELECT action FROM stream_event WHERE topic = 'attachment' AND subject_id = $1 ORDER BY seq`, [kept.id]);
    expect(events.map((event: { action: string }) => event.action)).toEqual(['attachment.uploaded', 'attachment.archived']);
  });

  it('keeps an archived project’s files for the coordinator and council members only, and takes no new ones', async () => {
    const archivedId = await world.project(coordinator, partnershipId, 'Świetlica wiejska (przykład)');
    const { json: kept } = await uploadTo(archivedId, official, pdf(), 'protokół odbioru.pdf');
    const version = (await coordinator.gql(`query ($id: UUID!) { project(id: $id) { version } }`, { id: archivedId })).data!['project'].version;
    const archived = await coordinator.gql(`mutation ($i: ArchiveInput!) { archiveProject(input: $i) { id } }`, { i: { id: archivedId, expectedVersion: version } });
    expect(archived.errors).toBeUndefined();

    const refused = await download(kept.id, official);
    expect([refused.status, refused.json.code]).toEqual([403, 'FORBIDDEN']);
    expect((await download(kept.id, observer)).status).toBe(403);
    expect((await download(kept.id, coordinator)).bytes.equals(pdf())).toBe(true);
    expect((await download(kept.id, council)).status).toBe(200);
    expect(onlyError(await official.gql(PROJECT_FILES, { id: archivedId })).extensions?.code).toBe('FORBIDDEN');
    expect((await coordinator.gql(PROJECT_FILES, { id: archivedId })).data!['project'].attachments).toHaveLength(1);

    const rows = await world.rows();
    const files = world.storedFiles();
    const late = await uploadTo(archivedId, coordinator, pdf(), 'spóźniony.pdf');
    expect([late.status, late.json.code]).toEqual([409, 'CONFLICT']);
    expect([await world.rows(), world.storedFiles()]).toEqual([rows, files]);
  });

  it('reads the attachments of many projects in as many statements as of one', async () => {
    const ids = [await world.project(coordinator, partnershipId, 'Projekt A (przykład)'), await world.project(coordinator, partnershipId, 'Projekt B (przykład)')];
    for (const id of ids) await uploadTo(id, coordinator, pdf(), 'karta.pdf');
    const LIST = `query ($p: UUID!, $n: Int!) { projects(partnershipId: $p, first: $n) { edges { node { id attachments { id fileName uploadedBy { id } } } } } }`;
    const one = await world.api.countStatements(() => coordinator.gql(LIST, { p: partnershipId, n: 1 }));
    const all = await world.api.countStatements(() => coordinator.gql(LIST, { p: partnershipId, n: 20 }));
    expect(all).toBe(one);
  });
});
