import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventLog } from './event-log';
import { EventStreamHead } from './event-stream-head.entity';
import { EventStreams } from './event-streams';
import { PgListener } from './pg-listener';
import { Signals } from './signals';
import { StreamEvent } from './stream-event.entity';

/** The activity log and live delivery across API processes, and signals between them, on PostgreSQL alone. */
@Module({
  imports: [TypeOrmModule.forFeature([StreamEvent, EventStreamHead])],
  providers: [PgListener, EventLog, EventStreams, Signals],
  // PgListener for readiness: whether notifications reach this process.
  exports: [EventLog, EventStreams, Signals, PgListener],
})
export class RealtimeModule {}
