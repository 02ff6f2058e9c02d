import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that ignores case and Polish diacritics, done by PostgreSQL: unaccent folds "Łódź" to
 * "Lodz", pg_trgm indexes any substring of the folded text (so "zlob" finds "żłobek" wherever it
 * stands, which a full-text index would not: its stemming has no Polish dictionary in a stock
 * server), btree_gin lets one GIN index hold a tenant's id beside the trigrams. All three are
 * trusted extensions (PostgreSQL 13+): a database owner may create them.
 *
 * search_fold(text) is what contexts index and compare: unaccent's one-argument form is only
 * STABLE (it looks the dictionary up through search_path), so it cannot be indexed; naming the
 * dictionary and schema makes the result depend on the text alone. A SQL-standard body is bound
 * when it is created, so a later search_path does not change it either.
 */
export class EnableTextSearch1795627054241 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const extension of ['unaccent', 'pg_trgm', 'btree_gin']) await db.query(`CREATE EXTENSION IF NOT EXISTS ${extension}`);
    // Where an operator installed unaccent before us, it may live in another schema.
    const [{ schema }] = (await db.query(`SELECT quote_ident(extnamespace::regnamespace::text) AS schema FROM pg_extension WHERE extname = 'unaccent'`)) as { schema: string }[];
    await db.query(`
      CREATE FUNCTION search_fold(text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN lower(${schema}.unaccent('${schema}.unaccent'::regdictionary, $1))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The extensions stay: an operator may have had them before, and they hold no data.
    await db.query(`DROP FUNCTION search_fold(text)`);
  }
}
