import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../project/project.entity';
import { Task } from '../task/task.entity';

/** bigint arrives as text; sizes stay far below 2^53 (ATTACHMENT_MAX_BYTES is at most 1 GiB). */
const BYTES = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

@ObjectType({ description: 'A file of a project or of one of its tasks (a project sheet, a cost estimate, a scanned resolution).' })
@Entity('attachment')
@Check('attachment_file_name_length', 'char_length(file_name) BETWEEN 1 AND 255')
@Check('attachment_size_bytes_positive', 'size_bytes >= 0')
@Check('attachment_sha256_hex', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('attachment_archived_by_when', 'archived_by IS NULL OR archived_at IS NOT NULL')
@Index('attachment_project_idx', ['projectId', 'uploadedAt'], { where: 'archived_at IS NULL' })
@Index('attachment_task_idx', ['taskId', 'uploadedAt'], { where: 'archived_at IS NULL AND task_id IS NOT NULL' })
export class Attachment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'attachment_pk' })
  id: string;

  @ForeignKey('Partnership', { name: 'attachment_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => ID)
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'attachment_project_fk' })
  project?: Project;

  @Field(() => ID, { nullable: true, description: 'The task it was attached to; null: the project itself.' })
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @ManyToOne(() => Task, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'attachment_task_fk' })
  task?: Task;

  @Field({ description: 'The name it was uploaded with (NFC, without path or control characters); downloads are saved under it.' })
  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Field({ description: 'The type found in its bytes (never taken from the name or the browser).' })
  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Field(() => Int)
  @Column({ name: 'size_bytes', type: 'bigint', transformer: BYTES })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the bytes, hex.' })
  @Column({ type: 'text' })
  sha256: string;

  @Index('attachment_storage_key', { unique: true })
  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @ForeignKey('UserAccount', { name: 'attachment_uploaded_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedById: string | null;

  @Field(() => DateTimeScalar)
  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was removed from the lists; the file is kept.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @ForeignKey('UserAccount', { name: 'attachment_archived_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'archived_by', type: 'uuid', nullable: true })
  archivedById: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion; a stale one answers CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
