import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from '../account/user-account.entity';

/** Why a session ended, kept for the person (and an operator) to see. */
export enum SessionEnd {
  SignedOut = 'signed-out',
  SignedOutEverywhere = 'signed-out-everywhere',
  RefreshTokenReused = 'refresh-token-reused',
  PasswordChanged = 'password-changed',
  PasswordReset = 'password-reset',
  AdministrationRevoked = 'administration-revoked',
}

/**
 * One sign-in, from signIn (or a new account) until it ends. Its id is in every access token
 * and refresh token of it, and every request and socket asks whether it still holds, so
 * ending it ends them all at once.
 */
@Entity('auth_session')
@Check('auth_session_end_has_reason', '(ended_at IS NULL) = (end_reason IS NULL)')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'auth_session_pk' })
  id: string;

  @Index('auth_session_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'auth_session_user_fk' })
  user?: UserAccount;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: SessionEnd | null;
}
