import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Numbers that must be gapless and never repeat (a council's meetings, its resolutions N/YYYY):
 * one counter row per scope and series, bumped in the caller's transaction. The row stays
 * locked until COMMIT, so writers of one series take turns, and a rollback gives its number
 * back: the next writer gets it. A sequence would not do: it never gives a number back.
 */
@Injectable()
export class NumberSeries {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The next number of `series` in `scopeId` (1 for the first), in the caller's transaction. */
  async next(scopeId: string, series: string): Promise<number> {
    if (!this.txHost.isTransactionActive()) throw new Error('NumberSeries.next must run inside the transaction that uses the number');
    const [row] = (await this.txHost.tx.query(
      `INSERT INTO number_series (scope_id, series, last_value) VALUES ($1, $2, 1)
       ON CONFLICT (scope_id, series) DO UPDATE SET last_value = number_series.last_value + 1
       RETURNING last_value`,
      [scopeId, series],
    )) as { last_value: number }[];
    return row.last_value;
  }
}

export class CreateNumberSeries1795627054240 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE number_series (
        scope_id uuid NOT NULL,
        series text NOT NULL,
        last_value integer NOT NULL,
        CONSTRAINT number_series_pk PRIMARY KEY (scope_id, series),
        CONSTRAINT number_series_positive CHECK (last_value > 0)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE number_series`);
  }
}
