import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Language } from './language';

@ObjectType('User', { description: 'A person with an account.' })
@Entity('user_account')
@Check('user_account_email_lower', 'email = lower(email)')
@Check('user_account_preferred_language_known', `preferred_language IN ('pl', 'en')`)
export class UserAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_account_pk' })
  id: string;

  /** Stored in lower case: addresses are compared case-insensitively. */
  @Field()
  @Index('user_account_email_key', { unique: true })
  @Column({ type: 'text' })
  email: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** The gmina the person works for, if any (a gmina id of the register). */
  @Field(() => ID, { nullable: true })
  @ForeignKey('Gmina', { name: 'user_account_gmina_fk' })
  @Column({ name: 'gmina_id', type: 'uuid', nullable: true })
  gminaId: string | null;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Field({ description: 'May create partnerships and appoint their first coordinator.' })
  @Column({ name: 'is_platform_admin', type: 'boolean', default: false })
  isPlatformAdmin: boolean;

  /** Shown to the person themself only: see PreferredLanguageResolver. */
  @Column({ name: 'preferred_language', type: 'text', default: Language.PL })
  preferredLanguage: Language;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
