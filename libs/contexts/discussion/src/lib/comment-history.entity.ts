import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Column, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Comment } from './comment.entity';

@ObjectType({ description: 'An earlier text of a comment, as it read until it was edited.' })
@Entity('comment_edit')
export class CommentEdit {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'comment_edit_pk' })
  commentId: string;

  @Field(() => Int, { description: '1 for the text first written.' })
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'comment_edit_pk' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field(() => DateTimeScalar, { description: 'When this text was written.' })
  @Column({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_edit_comment_fk' })
  comment?: Comment;
}

/** Someone a comment mentions (they were notified). */
@Entity('comment_mention')
export class CommentMention {
  @PrimaryColumn({ name: 'comment_id', type: 'uuid', primaryKeyConstraintName: 'comment_mention_pk' })
  commentId: string;

  @ForeignKey('UserAccount', { name: 'comment_mention_user_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'comment_mention_pk' })
  userId: string;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'comment_mention_comment_fk' })
  comment?: Comment;
}
