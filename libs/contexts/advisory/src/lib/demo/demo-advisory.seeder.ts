import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { DemoSeeder } from '@wspolnie/platform-database';
import { Programme } from '../programme/programme.entity';

/** The advisory demo: programmes, their support of the demo partnership and others, registrations. */
@Injectable()
export class DemoAdvisorySeeder implements DemoSeeder {
  readonly name = 'advisory';

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async hasData(): Promise<boolean> {
    return this.txHost.tx.getRepository(Programme).exists();
  }

  async seed(): Promise<void> {
    // Written by the demo step.
  }
}
