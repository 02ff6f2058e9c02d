import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last seq handed out in each stream. Taking the next one updates this row, which stays
 * locked until the transaction ends: writers of one stream take turns, so seqs are assigned in
 * commit order and a rolled-back write gives its number back. (A bigserial would not: a reader
 * can pass an id whose transaction has not committed yet and never see it.)
 */
@Entity('event_stream')
export class EventStreamHead {
  @PrimaryColumn({ name: 'stream_id', type: 'uuid', primaryKeyConstraintName: 'event_stream_pk' })
  streamId: string;

  @Column({ name: 'last_seq', type: 'bigint', default: 0 })
  lastSeq: string;
}
