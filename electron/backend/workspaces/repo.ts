import type { Db } from '../db/types';
import { prepared } from '../paging/statements';
import type { Workspace, WorkspaceFields } from '../../../shared/domain/workspace';
import { industryCategorySchema, workspaceStageSchema } from '../../../shared/domain/workspace';

interface WorkspaceRow {
  id: string;
  name: string;
  industry: string;
  stage: string;
  notes: string;
  time_zone: string;
  creator_facing_name: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
}

function toWorkspace(row: WorkspaceRow): Workspace {
  return {
    id: row.id,
    name: row.name,
    industry: industryCategorySchema.parse(row.industry),
    stage: workspaceStageSchema.parse(row.stage),
    notes: row.notes,
    timeZone: row.time_zone,
    creatorFacingName: row.creator_facing_name,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listWorkspaces(db: Db): Workspace[] {
  const rows = prepared<[], WorkspaceRow>(db, 'SELECT * FROM workspaces ORDER BY created_at, rowid').all();
  return rows.map(toWorkspace);
}

export function findWorkspace(db: Db, id: string): Workspace | undefined {
  const row = prepared<[string], WorkspaceRow>(db, 'SELECT * FROM workspaces WHERE id = ?').get(id);
  return row ? toWorkspace(row) : undefined;
}

export function insertWorkspace(
  db: Db,
  ws: WorkspaceFields & { id: string; isSample: boolean; createdAt: string },
): void {
  prepared(
    db,
    `INSERT INTO workspaces (id, name, industry, stage, notes, time_zone, creator_facing_name, is_sample,
       created_at, updated_at)
     VALUES (@id, @name, @industry, @stage, @notes, @timeZone, @creatorFacingName, @isSample, @createdAt,
       @createdAt)`,
  ).run({ ...ws, isSample: ws.isSample ? 1 : 0 });
}

export function updateWorkspace(db: Db, ws: Workspace): void {
  prepared(
    db,
    `UPDATE workspaces SET name = @name, industry = @industry, stage = @stage, notes = @notes,
       time_zone = @timeZone, creator_facing_name = @creatorFacingName, updated_at = @updatedAt WHERE id = @id`,
  ).run({
    id: ws.id,
    name: ws.name,
    industry: ws.industry,
    stage: ws.stage,
    notes: ws.notes,
    timeZone: ws.timeZone,
    creatorFacingName: ws.creatorFacingName,
    updatedAt: ws.updatedAt,
  });
}

export function deleteWorkspace(db: Db, id: string): boolean {
  return prepared(db, 'DELETE FROM workspaces WHERE id = ?').run(id).changes > 0;
}
