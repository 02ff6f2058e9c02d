import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STANDARD_THEMATIC_AREAS } from '../thematic-area/thematic-area-catalogue';

export class LoadThematicAreaCatalogue1795627054271 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    for (const area of STANDARD_THEMATIC_AREAS) {
      await db.query(`INSERT INTO thematic_area (code, name_pl, name_en) VALUES ($1, $2, $3)`, [area.code, area.namePl, area.nameEn]);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM thematic_area WHERE code IS NOT NULL`);
  }
}
