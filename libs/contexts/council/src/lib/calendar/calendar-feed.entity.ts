import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, Unique } from 'typeorm';

/** The secret of a person's calendar feed URL, kept as its SHA-256 hash only. */
@Entity('council_calendar_feed')
@Unique('council_calendar_feed_token_unique', ['tokenHash'])
export class CalendarFeed {
  @ForeignKey('UserAccount', { name: 'council_calendar_feed_user_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'council_calendar_feed_pk' })
  userId: string;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
