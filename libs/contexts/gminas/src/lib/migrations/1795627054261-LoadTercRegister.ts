import type { MigrationInterface, QueryRunner } from 'typeorm';
import { readTercRegister } from '../register/terc-register';

const CHUNK = 500;

/** Loads the TERC register of 2024-01-01 (16 voivodeships, 380 powiats, 2,477 gminas). */
export class LoadTercRegister1795627054261 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    const register = readTercRegister();
    await insertRows(db, 'voivodeship', ['code', 'name'], register.voivodeships.map((v) => [v.code, v.name]));
    await insertRows(
      db,
      'powiat',
      ['code', 'name', 'is_city', 'voivodeship_code'],
      register.powiats.map((p) => [p.code, p.name, p.isCity, p.voivodeshipCode]),
    );
    await insertRows(
      db,
      'gmina',
      ['terc', 'name', 'search_name', 'type', 'powiat_code', 'voivodeship_code', 'register_date'],
      register.gminas.map((g) => [g.terc, g.name, g.searchName, g.type, g.powiatCode, g.voivodeshipCode, g.registerDate]),
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM gmina`);
    await db.query(`DELETE FROM powiat`);
    await db.query(`DELETE FROM voivodeship`);
  }
}

/** Multi-row INSERTs: a few statements for the whole register instead of one per row. */
async function insertRows(db: QueryRunner, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = chunk
      .map((_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`)
      .join(', ');
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}
