import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartnershipStage } from '@wspolnie/partnerships';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: "A programme's support of some gminas or a partnership: at which CWD stage, from when, by which consultants." })
@Entity('engagement')
@Unique('engagement_of_programme', ['programmeId', 'id'])
@Index('engagement_programme_idx', ['programmeId', 'startsOn', 'id'])
@ForeignKey('ProgrammeTeam', ['programmeId', 'teamId'], ['programmeId', 'id'], { name: 'engagement_team_fk' })
@Check('engagement_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 200')
@Check('engagement_period', 'ends_on IS NULL OR ends_on >= starts_on')
export class Engagement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'engagement_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Programme', { name: 'engagement_programme_fk', onDelete: 'CASCADE' })
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Field(() => ID, { nullable: true, description: 'The partnership supported, if the support is of one.' })
  @ForeignKey('Partnership', { name: 'engagement_partnership_fk', onDelete: 'SET NULL' })
  @Index('engagement_partnership_idx')
  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => PartnershipStage, { description: 'The stage of CWD support it is at.' })
  @Column({ type: 'enum', enum: PartnershipStage, enumName: 'partnership_stage' })
  stage: PartnershipStage;

  @Field(() => LocalDateScalar)
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @ForeignKey('UserAccount', { name: 'engagement_created_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion; a stale one answers CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A gmina an engagement supports (any gmina of the register). */
@Entity('engagement_gmina')
export class EngagementGmina {
  @ForeignKey('Engagement', { name: 'engagement_gmina_engagement_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid', primaryKeyConstraintName: 'engagement_gmina_pk' })
  engagementId: string;

  @ForeignKey('Gmina', { name: 'engagement_gmina_gmina_fk' })
  @PrimaryColumn({ name: 'gmina_id', type: 'uuid', primaryKeyConstraintName: 'engagement_gmina_pk' })
  gminaId: string;
}

/** A consultant of the programme working on an engagement. */
@Entity('engagement_consultant')
export class EngagementConsultant {
  @ForeignKey('Engagement', { name: 'engagement_consultant_engagement_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'engagement_id', type: 'uuid', primaryKeyConstraintName: 'engagement_consultant_pk' })
  engagementId: string;

  @ForeignKey('UserAccount', { name: 'engagement_consultant_user_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'engagement_consultant_pk' })
  userId: string;
}
