import type { Migration } from '../types';

/**
 * Repeating content items (issue 11 §5).
 *
 * Storage model: a series holds only the rule (RFC 5545 RRULE text), its first start (DTSTART, UTC) and the
 * zone the rule is evaluated in; every occurrence is a real `content_items` row. Rules always end (UNTIL or
 * COUNT, at most 366 occurrences), so materialising is finite, and every feature that reads content items
 * (calendar, board, guardrails, approvals, reports, metrics links, portfolio, exports) keeps working on real
 * rows without knowing about rules. The zone is kept with the series so a later change of the workspace's
 * zone does not move the wall-clock time of occurrences already planned.
 *
 * - `content_series_occurrences`: which item is which occurrence (`occurrence_at` = the start the rule gave it,
 *   the iCalendar RECURRENCE-ID). `detached` = 1 once the occurrence was edited on its own: an exception, kept
 *   when the series is edited later. A trigger sets it on any edit of the item's planned fields, so a drag on
 *   the calendar or an import update makes an exception too without those paths knowing about series.
 * - `content_series_exdates`: occurrences deleted on their own (iCalendar EXDATE), written by a trigger when an
 *   occurrence's item is deleted, so regenerating the series never brings them back.
 */
export const migration0110: Migration = {
  version: 110,
  name: 'content-series',
  up(db) {
    db.exec(`
      CREATE TABLE content_series (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        rrule TEXT NOT NULL,
        dtstart TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX content_series_by_workspace ON content_series (workspace_id);

      CREATE TABLE content_series_occurrences (
        item_id TEXT PRIMARY KEY REFERENCES content_items(id) ON DELETE CASCADE,
        series_id TEXT NOT NULL REFERENCES content_series(id) ON DELETE CASCADE,
        occurrence_at TEXT NOT NULL,
        detached INTEGER NOT NULL DEFAULT 0 CHECK (detached IN (0, 1)),
        UNIQUE (series_id, occurrence_at)
      ) STRICT;

      CREATE TABLE content_series_exdates (
        series_id TEXT NOT NULL REFERENCES content_series(id) ON DELETE CASCADE,
        occurrence_at TEXT NOT NULL,
        PRIMARY KEY (series_id, occurrence_at)
      ) STRICT;

      CREATE TRIGGER content_series_detach_on_edit
      AFTER UPDATE OF account_id, title, format, objective, pillar, planned_at, duration_minutes, owner, brief
      ON content_items
      WHEN OLD.account_id IS NOT NEW.account_id OR OLD.title IS NOT NEW.title OR OLD.format IS NOT NEW.format
        OR OLD.objective IS NOT NEW.objective OR OLD.pillar IS NOT NEW.pillar
        OR OLD.planned_at IS NOT NEW.planned_at OR OLD.duration_minutes IS NOT NEW.duration_minutes
        OR OLD.owner IS NOT NEW.owner OR OLD.brief IS NOT NEW.brief
      BEGIN
        UPDATE content_series_occurrences SET detached = 1 WHERE item_id = NEW.id AND detached = 0;
      END;

      CREATE TRIGGER content_series_exdate_on_delete
      BEFORE DELETE ON content_items
      BEGIN
        INSERT OR IGNORE INTO content_series_exdates (series_id, occurrence_at)
          SELECT series_id, occurrence_at FROM content_series_occurrences WHERE item_id = OLD.id;
      END;
    `);
  },
};
