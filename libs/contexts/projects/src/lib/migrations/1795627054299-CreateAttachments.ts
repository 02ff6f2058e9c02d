import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files of projects and tasks. The bytes are in the file store under storage_key; the row
 * keeps what the store does not: the original name, the type found in the bytes, who uploaded
 * it, and its archiving (nothing is deleted through the API).
 */
export class CreateAttachments1795627054299 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE attachment (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        partnership_id uuid NOT NULL,
        project_id uuid NOT NULL,
        task_id uuid,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        uploaded_by uuid,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        archived_by uuid,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attachment_pk PRIMARY KEY (id),
        CONSTRAINT attachment_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
        CONSTRAINT attachment_project_fk FOREIGN KEY (project_id) REFERENCES project (id) ON DELETE CASCADE,
        CONSTRAINT attachment_task_fk FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
        CONSTRAINT attachment_uploaded_by_fk FOREIGN KEY (uploaded_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT attachment_archived_by_fk FOREIGN KEY (archived_by) REFERENCES user_account (id) ON DELETE SET NULL,
        CONSTRAINT attachment_file_name_length CHECK (char_length(file_name) BETWEEN 1 AND 255),
        CONSTRAINT attachment_size_bytes_positive CHECK (size_bytes >= 0),
        CONSTRAINT attachment_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT attachment_archived_by_when CHECK (archived_by IS NULL OR archived_at IS NOT NULL)
      )`);
    await db.query(`CREATE UNIQUE INDEX attachment_storage_key ON attachment (storage_key)`);
    await db.query(`CREATE INDEX attachment_project_idx ON attachment (project_id, uploaded_at) WHERE archived_at IS NULL`);
    await db.query(`CREATE INDEX attachment_task_idx ON attachment (task_id, uploaded_at) WHERE archived_at IS NULL AND task_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE attachment`);
  }
}
