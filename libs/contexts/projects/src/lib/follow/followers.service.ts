import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { ProjectFollower } from './project-follower.entity';

/**
 * Who follows which project. Following is one's own choice and no change to the project: it
 * has no version and no event in the partnership's activity. Losing one's role does not end
 * it, but the inbox delivers nothing from a partnership where one holds no role.
 */
@Injectable()
export class FollowersService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get followers() {
    return this.txHost.tx.getRepository(ProjectFollower);
  }

  /** Following twice is following once; in the caller's transaction, if any (a project's creator follows it). */
  async add(userId: string, projectId: string): Promise<void> {
    await this.followers.createQueryBuilder().insert().into(ProjectFollower).values({ userId, projectId }).orIgnore().execute();
  }

  /** Which of the projects the person follows: one query for a page of projects. */
  async followedBy(userId: string, projectIds: readonly string[]): Promise<Set<string>> {
    const rows = await this.followers.find({ where: { userId, projectId: In([...projectIds]) }, select: { projectId: true } });
    return new Set(rows.map((row) => row.projectId));
  }

  async remove(userId: string, projectId: string): Promise<void> {
    await this.followers.delete({ userId, projectId });
  }

  async followersOf(projectId: string): Promise<string[]> {
    const rows = await this.followers.find({ where: { projectId }, select: { userId: true } });
    return rows.map((row) => row.userId);
  }
}
