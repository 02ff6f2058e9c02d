import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partnership search (search/search.service.ts): one GIN index per table holding the
 * partnership (btree_gin) and the trigrams of the folded title and text together, so a search
 * reads only its own partnership's matches, whatever the other partnerships hold. The query
 * repeats these expressions exactly; PostgreSQL uses an expression index only then.
 */
export class IndexProjectSearch1795627054298 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX project_search_idx ON project USING gin (partnership_id, search_fold(title || ' ' || summary) gin_trgm_ops)`);
    await db.query(`CREATE INDEX task_search_idx ON task USING gin (partnership_id, search_fold(title || ' ' || description) gin_trgm_ops)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX task_search_idx`);
    await db.query(`DROP INDEX project_search_idx`);
  }
}
