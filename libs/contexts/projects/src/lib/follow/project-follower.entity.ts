import { CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from '../project/project.entity';

/** Someone who follows a project: told when it moves through the pipeline. */
@Entity('project_follower')
export class ProjectFollower {
  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'project_follower_pk' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_follower_project_fk' })
  project?: Project;

  @ForeignKey('UserAccount', { name: 'project_follower_user_fk', onDelete: 'CASCADE' })
  @Index('project_follower_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'project_follower_pk' })
  userId: string;

  @CreateDateColumn({ name: 'followed_at', type: 'timestamptz' })
  followedAt: Date;
}
