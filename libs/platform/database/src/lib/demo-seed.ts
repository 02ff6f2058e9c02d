import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { withAdvisoryLock } from './migrations';

/** Demo data of one bounded context, written through that context's own services. */
export interface DemoSeeder {
  readonly name: string;
  /** True when the context already holds data of its own (not reference data). */
  hasData(): Promise<boolean>;
  seed(): Promise<void>;
}

const SEED_LOCK = 7_240_003;

export type DemoSeedOutcome = 'seeded' | 'skipped: the database already has data';

/**
 * Seeds the demo workspace into an empty database, all of it in one transaction or nothing.
 * A database where any context already has data is never touched, and an advisory lock keeps
 * two processes starting at once from seeding twice.
 */
@Injectable()
export class DemoSeedRunner {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly dataSource: DataSource,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  run(seeders: readonly DemoSeeder[]): Promise<DemoSeedOutcome> {
    return withAdvisoryLock(this.dataSource, SEED_LOCK, () =>
      this.txHost.withTransaction(async () => {
        for (const seeder of seeders) {
          if (await seeder.hasData()) {
            this.logger.log(`not seeding the demo workspace: ${seeder.name} already has data`);
            return 'skipped: the database already has data' as const;
          }
        }
        for (const seeder of seeders) {
          await seeder.seed();
          this.logger.log(`seeded demo data: ${seeder.name}`);
        }
        return 'seeded' as const;
      }),
    );
  }
}
