import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Entity, type MigrationInterface, PrimaryColumn, type QueryRunner } from 'typeorm';

/**
 * For tests of identity, and of contexts that stand only on it (the inbox): the tables
 * identity's migrations reference, which belong to contexts identity may not import. Only
 * their keys, as the references need them.
 */
export class CreateReferencedTables1795627054000 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE gmina (id uuid NOT NULL DEFAULT gen_random_uuid(), CONSTRAINT gmina_pk PRIMARY KEY (id))`);
    await db.query(`CREATE TABLE partnership (id uuid NOT NULL DEFAULT gen_random_uuid(), CONSTRAINT partnership_pk PRIMARY KEY (id))`);
    await db.query(`CREATE TABLE partnership_member (partnership_id uuid NOT NULL REFERENCES partnership (id), gmina_id uuid NOT NULL REFERENCES gmina (id), CONSTRAINT partnership_member_pk PRIMARY KEY (partnership_id, gmina_id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE partnership_member`);
    await db.query(`DROP TABLE partnership`);
    await db.query(`DROP TABLE gmina`);
  }
}

// Identity's entities name these by entity (@ForeignKey('Partnership')); stand-ins resolve the names.
@Entity('gmina')
class Gmina {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'gmina_pk' })
  id: string;
}

@Entity('partnership')
class Partnership {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'partnership_pk' })
  id: string;
}

@Entity('partnership_member')
class PartnershipMember {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'partnership_member_pk' })
  partnershipId: string;

  @PrimaryColumn({ name: 'gmina_id', type: 'uuid', primaryKeyConstraintName: 'partnership_member_pk' })
  gminaId: string;
}

export const STAND_IN_ENTITIES = [Gmina, Partnership, PartnershipMember];

@Module({ imports: [TypeOrmModule.forFeature(STAND_IN_ENTITIES)] })
export class StandInTablesModule {}
