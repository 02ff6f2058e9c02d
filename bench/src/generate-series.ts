import type { Client } from 'pg';
import { insertEvents, insertProjects, insertTasks } from './generate-projects';
import type { BenchSize } from './sizes';

/** Where each point of the board read's and the catch-up's curves is read, the board partnership's own points among them, by growing work. */
export interface GeneratedCurves {
  readonly boards: readonly { readonly tasksPerProject: number; readonly partnershipId: string }[];
  readonly streams: readonly { readonly events: number; readonly partnershipId: string; readonly projectId: string }[];
}

/**
 * A partnership for every other point of the board read's curve (`boardProjects` projects of
 * that many tasks each) and of the catch-up's (one project of four tasks whose stream holds that
 * many events, so the reads of one stream never pass over another's). Each has the board
 * partnership's gminas and people in the same roles, so its coordinator reads them all with one
 * session, as on the board partnership. Run before the plans add their participants.
 */
export async function insertCurves(db: Client, size: BenchSize, board: { partnershipId: string; streamProjectId: string }): Promise<GeneratedCurves> {
  const boards = [];
  for (const tasksPerProject of size.curves.boardTasksPerProject) {
    if (tasksPerProject === size.tasksPerProject) {
      boards.push({ tasksPerProject, partnershipId: board.partnershipId });
      continue;
    }
    const partnershipId = await copyPartnership(db, board.partnershipId, `board-${tasksPerProject}`, `${size.boardProjects} projektów po ${tasksPerProject} zadań`);
    await insertProjects(db, { boardProjects: size.boardProjects, projects: size.boardProjects }, [partnershipId]);
    await insertTasks(db, { tasksPerProject }, [partnershipId]);
    boards.push({ tasksPerProject, partnershipId });
  }
  const streams = [];
  for (const events of size.curves.missedEvents) {
    if (events === size.missedEvents) {
      streams.push({ events, partnershipId: board.partnershipId, projectId: board.streamProjectId });
      continue;
    }
    const partnershipId = await copyPartnership(db, board.partnershipId, `stream-${events}`, `strumień ${events} zdarzeń`);
    await insertProjects(db, { boardProjects: 1, projects: 1 }, [partnershipId]);
    await insertTasks(db, { tasksPerProject: 4 }, [partnershipId]);
    const [{ id: projectId }] = (await db.query<{ id: string }>(`SELECT id FROM project WHERE partnership_id = $1`, [partnershipId])).rows;
    await insertEvents(db, partnershipId, projectId, events);
    streams.push({ events, partnershipId, projectId });
  }
  return { boards: boards.sort((a, b) => a.tasksPerProject - b.tasksPerProject), streams: streams.sort((a, b) => a.events - b.events) };
}

async function copyPartnership(db: Client, fromId: string, slug: string, name: string): Promise<string> {
  const [{ id }] = (
    await db.query<{ id: string }>(
      `INSERT INTO partnership (slug, name, description, stage)
       SELECT 'bench-curve-' || $2, 'Partnerstwo pomiarowe: ' || $3, description, stage FROM partnership WHERE id = $1 RETURNING id`,
      [fromId, slug, name],
    )
  ).rows;
  await db.query(`INSERT INTO partnership_member (partnership_id, gmina_id, role, joined_on) SELECT $2, gmina_id, role, joined_on FROM partnership_member WHERE partnership_id = $1`, [fromId, id]);
  await db.query(`INSERT INTO partnership_access (user_id, partnership_id, role, gmina_id) SELECT user_id, $2, role, gmina_id FROM partnership_access WHERE partnership_id = $1`, [fromId, id]);
  await db.query(`INSERT INTO partnership_thematic_area (partnership_id, thematic_area_id) SELECT $2, thematic_area_id FROM partnership_thematic_area WHERE partnership_id = $1`, [fromId, id]);
  return id;
}
