import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGminaRegister1795627054260 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE voivodeship (
        code char(2) NOT NULL,
        name text NOT NULL,
        CONSTRAINT voivodeship_pk PRIMARY KEY (code)
      )`);
    await db.query(`
      CREATE TABLE powiat (
        code char(4) NOT NULL,
        name text NOT NULL,
        is_city boolean NOT NULL,
        voivodeship_code char(2) NOT NULL,
        CONSTRAINT powiat_pk PRIMARY KEY (code),
        CONSTRAINT powiat_voivodeship_fk FOREIGN KEY (voivodeship_code) REFERENCES voivodeship (code)
      )`);
    await db.query(`CREATE TYPE gmina_type AS ENUM ('URBAN', 'RURAL', 'URBAN_RURAL')`);
    await db.query(`
      CREATE TABLE gmina (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        terc char(7) NOT NULL,
        name text NOT NULL,
        search_name text NOT NULL,
        type gmina_type NOT NULL,
        powiat_code char(4) NOT NULL,
        voivodeship_code char(2) NOT NULL,
        population integer,
        population_as_of date,
        population_source text,
        register_date date NOT NULL,
        CONSTRAINT gmina_pk PRIMARY KEY (id),
        CONSTRAINT gmina_powiat_fk FOREIGN KEY (powiat_code) REFERENCES powiat (code),
        CONSTRAINT gmina_voivodeship_fk FOREIGN KEY (voivodeship_code) REFERENCES voivodeship (code),
        CONSTRAINT gmina_population_dated CHECK ((population IS NULL) = (population_as_of IS NULL)),
        CONSTRAINT gmina_population_non_negative CHECK (population >= 0)
      )`);
    await db.query(`CREATE UNIQUE INDEX gmina_terc_key ON gmina (terc)`);
    // text_pattern_ops lets `search_name LIKE 'prefix%'` use the index whatever the collation.
    await db.query(`CREATE INDEX gmina_search_name_idx ON gmina (search_name text_pattern_ops)`);
    await db.query(`CREATE INDEX gmina_powiat_code_idx ON gmina (powiat_code)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE gmina`);
    await db.query(`DROP TYPE gmina_type`);
    await db.query(`DROP TABLE powiat`);
    await db.query(`DROP TABLE voivodeship`);
  }
}
