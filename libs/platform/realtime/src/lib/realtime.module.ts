import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventLog } from './event-log';
import { EventStreamHead } from './event-stream-head.entity';
import { EventStreams } from './event-streams';
import { StreamEvent } from './stream-event.entity';

/** The activity log and live delivery across API processes, on PostgreSQL alone. */
@Module({
  imports: [TypeOrmModule.forFeature([StreamEvent, EventStreamHead])],
  providers: [EventLog, EventStreams],
  exports: [EventLog, EventStreams],
})
export class RealtimeModule {}
