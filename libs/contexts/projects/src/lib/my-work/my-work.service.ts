import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ConnectionShape } from '@wspolnie/platform-pagination';
import { Project } from '../project/project.entity';
import { Task } from '../task/task.entity';
import { keysetPage } from './keyset';
import { MyProjectSort, type MyProjectsArgs, MyTaskBucket, type MyTaskCounts, MyTaskSort, type MyTasksArgs } from './my-work.types';
import type { WorkWeek } from './week';

/** Live open tasks of :me, only where :me holds a role now (a removed person's old tasks never show). */
const MY_TASKS = `task.assignee_id = :me AND task.archived_at IS NULL AND task.status <> 'DONE'
  AND project.archived_at IS NULL
  AND EXISTS (SELECT 1 FROM partnership_access access WHERE access.user_id = :me AND access.partnership_id = task.partnership_id)`;

/** Live projects a gmina :me acts for (by their role in that partnership) takes part in. */
const MY_PROJECTS = `project.archived_at IS NULL AND EXISTS (
  SELECT 1 FROM partnership_access access
  JOIN project_participant participant ON participant.partnership_id = access.partnership_id AND participant.gmina_id = access.gmina_id
  WHERE access.user_id = :me AND participant.project_id = project.id)`;

const DUE = `coalesce(task.due_on, DATE '9999-12-31')`;
const PRIORITY_RANK = `CASE task.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'NORMAL' THEN 2 ELSE 3 END`;

const TASK_ORDER: Record<MyTaskSort, { expressions: string[]; direction: 'ASC' | 'DESC' }> = {
  [MyTaskSort.DUE_ON]: { expressions: [DUE, 'task.id'], direction: 'ASC' },
  [MyTaskSort.PRIORITY]: { expressions: [PRIORITY_RANK, DUE, 'task.id'], direction: 'ASC' },
  [MyTaskSort.UPDATED_AT]: { expressions: ['task.updated_at', 'task.id'], direction: 'DESC' },
  [MyTaskSort.PROJECT]: { expressions: ['project.title COLLATE "pl-x-icu"', 'project.id', DUE, 'task.id'], direction: 'ASC' },
};

const PROJECT_ORDER: Record<MyProjectSort, { expressions: string[]; direction: 'ASC' | 'DESC' }> = {
  [MyProjectSort.TITLE]: { expressions: ['project.title COLLATE "pl-x-icu"', 'project.id'], direction: 'ASC' },
  [MyProjectSort.UPDATED_AT]: { expressions: ['project.updated_at', 'project.id'], direction: 'DESC' },
  [MyProjectSort.STAGE]: { expressions: ['project.stage', 'project.title COLLATE "pl-x-icu"', 'project.id'], direction: 'ASC' },
};

/**
 * My work: one person's tasks and projects across every partnership, each list one statement
 * (tasks come with their projects joined) and the counts one more. Served by task_my_work_idx
 * (a person's live open tasks by due date).
 */
@Injectable()
export class MyWorkService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async taskCounts(userId: string, week: WorkWeek): Promise<MyTaskCounts> {
    const [row] = await this.txHost.tx.query(
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE task.due_on BETWEEN $2 AND $3)::int AS "dueThisWeek",
              count(*) FILTER (WHERE task.due_on < $2)::int AS overdue
       FROM task JOIN project ON project.id = task.project_id
       WHERE ${MY_TASKS.replaceAll(':me', '$1')}`,
      [userId, week.today, week.sunday],
    );
    return row;
  }

  tasks(userId: string, week: WorkWeek, args: MyTasksArgs): Promise<ConnectionShape<Task>> {
    const query = this.txHost.tx.getRepository(Task).createQueryBuilder('task').innerJoinAndSelect('task.project', 'project').where(MY_TASKS, { me: userId });
    const bucket = args.filter?.bucket ?? MyTaskBucket.OPEN;
    if (bucket === MyTaskBucket.DUE_THIS_WEEK) query.andWhere('task.due_on BETWEEN :today AND :sunday', week);
    if (bucket === MyTaskBucket.OVERDUE) query.andWhere('task.due_on < :today', week);
    const order = TASK_ORDER[args.sort];
    return keysetPage(query, args, args.sort, order.expressions, order.direction);
  }

  async projectCount(userId: string): Promise<number> {
    const [row] = await this.txHost.tx.query(`SELECT count(*)::int AS n FROM project WHERE ${MY_PROJECTS.replaceAll(':me', '$1')}`, [userId]);
    return row.n;
  }

  projects(userId: string, args: MyProjectsArgs): Promise<ConnectionShape<Project>> {
    const query = this.txHost.tx.getRepository(Project).createQueryBuilder('project').where(MY_PROJECTS, { me: userId });
    const order = PROJECT_ORDER[args.sort];
    return keysetPage(query, args, args.sort, order.expressions, order.direction);
  }
}
