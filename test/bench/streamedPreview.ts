/**
 * Peak memory and time of big import previews, each in a fresh process: a creators CSV at the import's
 * 20,000-row limit, a 100,000-row creators CSV (refused at the limit: how soon, at what memory), and a
 * 20 MB creators XLSX (20,000 rows with wide notes columns). The file is written to disk first, so the
 * measuring process holds only what the app holds: the upload as base64 and its bytes.
 * Prints one JSON line per case; never asserted.
 *
 *   npx tsx test/bench/streamedPreview.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { previewCreatorImport } from '../../electron/backend/creators/import';
import { call, random } from './support';
import { withTempBackend } from './tempBackend';

const header = ['达人昵称', '平台', '抖音号', '粉丝数', '互动率', '佣金比例'];
const rosterRow = (i: number) => [`达人${i}`, '抖音', `creator_${i}`, 10_000 + i, '3.5%', '20%'];

function csvFile(path: string, rows: number): void {
  const lines = [header.join(','), ...Array.from({ length: rows }, (_, i) => rosterRow(i).join(','))];
  writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
}

/** Seeded text that compresses about as real notes do, so the workbook reaches its size honestly. */
async function xlsxFile(path: string, rows: number, notesPerRow: number): Promise<void> {
  const next = random(13);
  const words = [
    '新品',
    '种草',
    '直播',
    '复购',
    '美妆',
    '护肤',
    '口碑',
    '测评',
    '开箱',
    '达人',
    '佣金',
    '样品',
  ];
  const note = () =>
    Array.from({ length: 12 }, () => words[Math.floor(next() * words.length)]).join('') +
    Math.floor(next() * 1e9);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = writer.addWorksheet('达人名单');
  sheet.addRow([...header, ...Array.from({ length: notesPerRow }, (_, i) => `备注${i + 1}`)]).commit();
  for (let i = 0; i < rows; i++) {
    sheet.addRow([...rosterRow(i), ...Array.from({ length: notesPerRow }, note)]).commit();
  }
  sheet.commit();
  await writer.commit();
}

/** One preview in this process: the file read as the renderer sends it, then previewed. */
async function measure(path: string): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  const rssBeforeMb = process.memoryUsage().rss / 2 ** 20;
  await withTempBackend('preview', async (backend) => {
    const ctx = backend.context;
    const { id: workspaceId } = await call<{ id: string }>(backend, 'workspaces.create', {
      name: '达人代理',
      industry: 'beauty_personal_care',
    });
    let reports = 0;
    const started = performance.now();
    let outcome: string;
    try {
      const preview = await previewCreatorImport(
        ctx,
        { workspaceId, fileName: path.split('/').pop()!, base64 },
        { onProgress: () => void reports++, checkpoint: () => undefined },
      );
      outcome = `${preview.counts.total} rows previewed`;
    } catch (err) {
      outcome = `refused: ${(err as Error).message.slice(0, 80)}`;
    }
    const ms = performance.now() - started;
    console.log(
      JSON.stringify({
        ms: Math.round(ms),
        progressReports: reports,
        rssBeforeMb: Math.round(rssBeforeMb),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        outcome,
      }),
    );
  });
}

async function main(): Promise<void> {
  if (process.argv[2] === '--measure') return measure(process.argv[3]!);
  const dir = mkdtempSync(join(tmpdir(), 'matrixdesk-bench-preview-'));
  try {
    const cases: [string, string][] = [
      ['creators CSV, 20,000 rows', join(dir, 'roster-20k.csv')],
      ['creators CSV, 100,000 rows', join(dir, 'roster-100k.csv')],
      ['creators XLSX, 20,000 rows, ~20 MB', join(dir, 'roster-20mb.xlsx')],
    ];
    csvFile(cases[0]![1], 20_000);
    csvFile(cases[1]![1], 100_000);
    await xlsxFile(cases[2]![1], 20_000, 35);
    for (const [name, path] of cases) {
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--measure', path], {
        encoding: 'utf8',
      });
      const line = child.stdout.trim().split('\n').pop() ?? '';
      const figures: unknown = line.startsWith('{') ? JSON.parse(line) : { error: child.stderr.slice(-500) };
      const megabytes = Number((statSync(path).size / 2 ** 20).toFixed(1));
      console.log(JSON.stringify({ case: name, fileMb: megabytes, ...(figures as object) }));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
