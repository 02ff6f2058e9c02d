import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from '../account/user-account.entity';

/**
 * One refresh token, stored only as its SHA-256. Tokens of one sign-in form a family; each use
 * replaces the token with the next of its family, and presenting a used one again revokes the
 * whole family (it was stolen, or the client is confused; either way the session ends).
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'refresh_token_pk' })
  id: string;

  @Index('refresh_token_family_idx')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Index('refresh_token_user_idx')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'refresh_token_user_fk' })
  user?: UserAccount;

  @Index('refresh_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
