import type { Pool } from 'pg';
import type { HttpClient } from '../client';
import type { GeneratedData } from '../generate';
import type { BenchSize } from '../sizes';

export interface ScenarioContext {
  readonly size: BenchSize;
  readonly data: GeneratedData;
  /** Anonymous client of the running API. */
  readonly api: HttpClient;
  /** The board partnership's coordinator. */
  readonly coordinator: HttpClient;
  /** The same database, straight through `pg`: the hand-written-SQL baselines. */
  readonly pool: Pool;
  readonly databaseUrl: string;
  readonly apiPid: number;
}
