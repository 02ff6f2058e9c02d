import { Inject, Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '@wspolnie/platform-config';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { EventLog } from '@wspolnie/platform-realtime';
import { FILE_STORAGE, type FileStorage } from '@wspolnie/platform-storage';
import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import { In, IsNull } from 'typeorm';
import { Project } from '../project/project.entity';
import { projectsMessage } from '../projects-messages';
import { Task } from '../task/task.entity';
import { taskMessage } from '../task/task-messages';
import { Attachment } from './attachment.entity';
import { attachmentMessage } from './attachment-messages';
import { FileKindSniffer } from './file-kind';
import type { IncomingFile } from './multipart-file';

/** Where an upload goes: a project, or a task of it. */
export interface UploadTarget {
  readonly partnershipId: string;
  readonly projectId: string;
  readonly taskId: string | null;
}

const noun = () => attachmentMessage('noun.attachment');

/**
 * Attachments: the bytes go to the file store first (streamed through the type check), then the
 * row and its event are written in one transaction; if that fails, the stored file is removed,
 * so neither a row without a file nor a file without a row is left.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventLog,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly config: AppConfig,
  ) {}

  private get attachments() {
    return this.txHost.tx.getRepository(Attachment);
  }

  get maxBytes(): number {
    return this.config.storage.attachmentMaxBytes;
  }

  /** The project or task a file is to be attached to, refused before any byte is kept when it is archived. */
  async target(where: { projectId: string } | { taskId: string }): Promise<UploadTarget> {
    if ('taskId' in where) {
      const task = await this.txHost.tx.getRepository(Task).findOne({ where: { id: where.taskId }, relations: { project: true } });
      if (!task?.project) throw DomainError.notFound(taskMessage('noun.task'), where.taskId);
      this.assertOpen(task.project, task);
      return { partnershipId: task.partnershipId, projectId: task.projectId, taskId: task.id };
    }
    const project = await this.txHost.tx.getRepository(Project).findOneBy({ id: where.projectId });
    if (!project) throw DomainError.notFound(projectsMessage('noun.project'), where.projectId);
    this.assertOpen(project, null);
    return { partnershipId: project.partnershipId, projectId: project.id, taskId: null };
  }

  /** Streams the file into the store under a new key; the row is written by `record`. */
  async store(target: UploadTarget, file: IncomingFile): Promise<StoredUpload> {
    const id = randomUUID();
    const key = `attachments/${target.partnershipId}/${id}`;
    const sniffer = new FileKindSniffer(file.name);
    // Joined at once, so a refusal found before the store starts reading still fails the store, never the process.
    pipeline(file.stream, sniffer, () => undefined);
    const stored = await this.storage.put(key, sniffer);
    if (!sniffer.kind) throw new Error('the type check let a file through without deciding its type');
    return { id, key, target, name: file.name, contentType: sniffer.kind.contentType, ...stored };
  }

  /** Forgets a stored file whose row was never written (a refused or failed upload). */
  discard(upload: StoredUpload): Promise<void> {
    return this.storage.remove(upload.key);
  }

  /** The row and its event, in one transaction; the caller discards the file if this fails. */
  @Transactional()
  async record(actor: Actor | undefined, upload: StoredUpload): Promise<Attachment> {
    // Checked again where it counts: the project may have been archived while the bytes arrived.
    const project = await this.txHost.tx.getRepository(Project).createQueryBuilder('project').setLock('pessimistic_read').where({ id: upload.target.projectId }).getOneOrFail();
    const task = upload.target.taskId ? await this.txHost.tx.getRepository(Task).findOneByOrFail({ id: upload.target.taskId }) : null;
    this.assertOpen(project, task);
    const attachment = await this.attachments.save(
      this.attachments.create({
        id: upload.id,
        partnershipId: upload.target.partnershipId,
        projectId: upload.target.projectId,
        taskId: upload.target.taskId,
        fileName: upload.name,
        contentType: upload.contentType,
        sizeBytes: upload.size,
        sha256: upload.sha256,
        storageKey: upload.key,
        uploadedById: actor?.userId ?? null,
      }),
    );
    await this.events.append(attachment.partnershipId, {
      topic: 'attachment',
      subjectId: attachment.id,
      scopeId: attachment.projectId,
      action: 'attachment.uploaded',
      actorId: actor?.userId,
      changes: { fileName: { after: attachment.fileName }, contentType: { after: attachment.contentType }, sizeBytes: { after: attachment.sizeBytes }, taskId: { after: attachment.taskId } },
    });
    return attachment;
  }

  /** Removes an attachment from the lists; its row and file are kept (nothing is deleted through the API). */
  @Transactional()
  async archive(actor: Actor | undefined, input: { id: string; expectedVersion: number }): Promise<Attachment> {
    const before = await this.get(input.id);
    if (before.version === input.expectedVersion && before.archivedAt !== null) {
      throw DomainError.conflict(attachmentMessage('alreadyArchived', { name: before.fileName }), { currentVersion: before.version, expectedVersion: input.expectedVersion }, before);
    }
    const project = await this.txHost.tx.getRepository(Project).findOneByOrFail({ id: before.projectId });
    if (project.archivedAt !== null) throw DomainError.conflict(projectsMessage('project.archived', { title: project.title }), { currentVersion: before.version }, before);
    const after = await versionedUpdate(this.txHost.tx, Attachment, {
      id: before.id,
      expectedVersion: input.expectedVersion,
      changes: { archivedAt: () => 'now()', archivedById: actor?.userId ?? null } as never,
      noun: noun(),
      nameOf: (row) => row.fileName,
    });
    await this.events.append(after.partnershipId, {
      topic: 'attachment',
      subjectId: after.id,
      scopeId: after.projectId,
      action: 'attachment.archived',
      actorId: actor?.userId,
      changes: { archivedAt: { before: null, after: after.archivedAt }, archivedById: { before: null, after: after.archivedById } },
    });
    return after;
  }

  async get(id: string): Promise<Attachment> {
    const attachment = await this.attachments.findOneBy({ id });
    if (!attachment) throw DomainError.notFound(noun(), id);
    return attachment;
  }

  /** A live attachment's row and bytes, for its download (an archived one is gone for downloads too). */
  async open(id: string): Promise<{ attachment: Attachment; body: Readable }> {
    const attachment = await this.get(id);
    if (attachment.archivedAt !== null) throw DomainError.notFound(noun(), id);
    try {
      return { attachment, body: await this.storage.open(attachment.storageKey) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw DomainError.notFound(noun(), id);
      throw error;
    }
  }

  /** Live attachments of many projects (all of each project's, its tasks' included), oldest first. */
  ofProjects(projectIds: readonly string[]): Promise<Attachment[]> {
    return this.attachments.find({ where: { projectId: In([...projectIds]), archivedAt: IsNull() }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  /** Live attachments of many tasks, oldest first. */
  ofTasks(taskIds: readonly string[]): Promise<Attachment[]> {
    return this.attachments.find({ where: { taskId: In([...taskIds]), archivedAt: IsNull() }, order: { uploadedAt: 'ASC', id: 'ASC' } });
  }

  private assertOpen(project: Project, task: Task | null): void {
    const current = task ?? project;
    if (project.archivedAt !== null) throw DomainError.conflict(attachmentMessage('archivedProject', { title: project.title }), { archivedAt: project.archivedAt }, current);
    if (task && task.archivedAt !== null) throw DomainError.conflict(attachmentMessage('archivedTask', { title: task.title }), { archivedAt: task.archivedAt }, current);
  }
}

/** A file in the store whose row is not written yet. */
export interface StoredUpload {
  readonly id: string;
  readonly key: string;
  readonly target: UploadTarget;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
  readonly sha256: string;
}
