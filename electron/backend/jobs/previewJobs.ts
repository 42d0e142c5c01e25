import type { z } from 'zod';
import type { JobResult } from '../../../shared/domain/jobs';
import type { ImportPreviewInput } from '../../../shared/content/importSchemas';
import type { LiveImportPreviewInput } from '../../../shared/live/schemas';
import type { creatorImportPreviewInputSchema } from '../../../shared/api/creators';
import type { BackendContext } from '../context';
import { previewImport as previewContentImport } from '../content/import';
import { previewCreatorImport } from '../creators/import';
import { analyseImport as analyseLiveImport, previewOf as liveSessionPreview } from '../liveSessions/import';
import { previewImport as previewMetricsImport, type ReadOptions } from '../metrics/import/preview';
import { openMetricsFile } from '../metrics/import/session';
import type { CsvLayout } from '../imports/rowSource';
import type { JobHooks } from './types';

/**
 * Import previews as jobs: the same preview functions the synchronous methods call, run on the worker's
 * own connection. They only read, so there is nothing to roll back; a cancel stops the worker.
 *
 * `at` is the moment the preview was asked for: dates without a year and "today" rules read the same as
 * a synchronous preview started then.
 */
export type PreviewJobSpec =
  | {
      kind: 'metrics.preview';
      workspace: { id: string; timeZone: string };
      sessionId: string;
      fileName: string;
      bytes: Uint8Array;
      /** The file's CSV layout found at upload: the worker reads rows without a first pass. */
      layout: CsvLayout | null;
      options: ReadOptions;
    }
  | { kind: 'content.preview'; workspaceId: string; input: ImportPreviewInput; at: string }
  | {
      kind: 'creators.preview';
      workspaceId: string;
      input: z.output<typeof creatorImportPreviewInputSchema>;
      at: string;
    }
  | { kind: 'liveSessions.preview'; workspaceId: string; input: LiveImportPreviewInput; at: string };

export async function runPreviewJob(
  ctx: BackendContext,
  spec: PreviewJobSpec,
  hooks: JobHooks,
): Promise<JobResult> {
  if (spec.kind === 'metrics.preview') {
    // Without a layout this worker's read is the file's first: it counts the rows (progress by bytes,
    // cancel between records) and hands the layout back for the import job.
    const source = await openMetricsFile(spec.fileName, spec.bytes, spec.layout, (read, length) => {
      hooks.onProgress(read, length, 'characters');
      hooks.checkpoint();
    });
    if (source.layout && !spec.layout) hooks.handBack({ csvLayout: source.layout });
    const { preview, rows } = previewMetricsImport(
      ctx.db,
      spec.workspace,
      { sessionId: spec.sessionId, fileName: spec.fileName, source },
      spec.options,
      hooks,
    );
    if (rows) hooks.handBack({ previewedRows: rows });
    return { kind: 'metrics.preview', preview };
  }
  // The table previews stream the file (bytes read, as 'characters'), then analyse its rows (rows done);
  // both report at a bounded rate and stop at a cancel between batches (imports/analysisProgress.ts).
  const at = new Date(spec.at);
  const atCtx: BackendContext = { ...ctx, now: () => new Date(at) };
  hooks.onProgress(0, null);
  switch (spec.kind) {
    case 'content.preview': {
      const preview = await previewContentImport(atCtx, spec.input, hooks);
      hooks.onProgress(preview.counts.total, preview.counts.total);
      return { kind: 'content.preview', preview };
    }
    case 'creators.preview': {
      const preview = await previewCreatorImport(atCtx, spec.input, hooks);
      hooks.onProgress(preview.counts.total, preview.counts.total);
      return { kind: 'creators.preview', preview };
    }
    case 'liveSessions.preview': {
      const preview = liveSessionPreview(atCtx, await analyseLiveImport(atCtx, spec.input, hooks));
      hooks.onProgress(preview.totalRows, preview.totalRows);
      return { kind: 'liveSessions.preview', preview };
    }
  }
}
