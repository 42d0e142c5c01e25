/**
 * Live-session diagnosis benchmark: `npm run bench:live`. Printed, never asserted.
 *
 * A workspace with 4 sales rooms and 2,000 sessions (500 per room, two slots a day), imported through the
 * real importer from one CSV; then, through the router on the real SQLite file:
 * - `liveSessions.diagnose` of every one of the 2,000 sessions (own benchmark over 20 same-slot sessions);
 * - `liveSessions.links` (the matrix cards' one batched query), `liveSessions.list` pages and `trend`.
 * The last line printed is one JSON object for CI to parse.
 */
import { performance } from 'node:perf_hooks';
import { withTempBackend } from './tempBackend';

const ROOMS = 4;
const PER_ROOM = 500;

function csv(handles: string[]): string {
  const lines = [
    '账号,直播开始时间,直播结束时间,直播间曝光人数,直播间观看人数,直播间观看次数,商品曝光人数,商品点击人数,成交人数,成交金额,投放消耗,推荐feed,千川',
  ];
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (const handle of handles) {
    for (let i = 0; i < PER_ROOM; i++) {
      const day = new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 2)));
      const date = day.toISOString().slice(0, 10);
      const [start, end] = i % 2 === 0 ? ['12:00', '15:00'] : ['19:30', '22:30'];
      const exposure = Math.round(50_000 + random() * 80_000);
      const viewers = Math.round(exposure * (0.08 + random() * 0.05));
      const pe = Math.round(viewers * 0.6);
      const clicks = Math.round(pe * (0.08 + random() * 0.08));
      const buyers = Math.round(clicks * (0.18 + random() * 0.1));
      const gmv = (buyers * (90 + random() * 60)).toFixed(2);
      lines.push(
        `${handle},${date} ${start},${date} ${end},${exposure},${viewers},${Math.round(viewers * 1.25)},${pe},${clicks},${buyers},${gmv},${(Number(gmv) / 5).toFixed(2)},${(40 + random() * 15).toFixed(1)}%,${(8 + random() * 8).toFixed(1)}%`,
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function main() {
  await withTempBackend('live', async (backend) => {
    const call = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await backend.router(method, input);
      if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
      return r.value as T;
    };
    const ws = await call<{ id: string }>('workspaces.create', {
      name: 'bench',
      industry: 'beauty_personal_care',
    });
    const handles: string[] = [];
    for (let r = 0; r < ROOMS; r++) {
      handles.push(`room_${r}`);
      await call('accounts.create', {
        workspaceId: ws.id,
        role: 'sales',
        handle: `room_${r}`,
        displayName: `直播间 ${r}`,
      });
    }
    const base64 = Buffer.from(csv(handles)).toString('base64');
    const input = { workspaceId: ws.id, fileName: 'bench.csv', base64 };

    let t0 = performance.now();
    await call('liveSessions.importPreview', input);
    const previewMs = performance.now() - t0;
    t0 = performance.now();
    const result = await call<{ sessionIds: string[] }>('liveSessions.importCommit', input);
    const commitMs = performance.now() - t0;

    t0 = performance.now();
    for (const sessionId of result.sessionIds) await call('liveSessions.diagnose', { sessionId });
    const diagnoseAllMs = performance.now() - t0;

    t0 = performance.now();
    await call('liveSessions.links', { workspaceId: ws.id });
    const linksMs = performance.now() - t0;

    t0 = performance.now();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { nextCursor: string | null } = await call('liveSessions.list', {
        workspaceId: ws.id,
        limit: 50,
        ...(cursor ? { cursor } : {}),
      });
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    const listMs = performance.now() - t0;

    const roomsList = await call<{ id: string }[]>('accounts.list', {
      workspaceId: ws.id,
      includeArchived: false,
    });
    t0 = performance.now();
    for (const r of roomsList) await call('liveSessions.trend', { roomId: r.id, limit: 30 });
    const trendMs = (performance.now() - t0) / roomsList.length;

    const figures = {
      sessions: result.sessionIds.length,
      importPreviewMs: Math.round(previewMs),
      importCommitMs: Math.round(commitMs),
      diagnoseAllMs: Math.round(diagnoseAllMs),
      diagnoseMeanMs: Number((diagnoseAllMs / result.sessionIds.length).toFixed(2)),
      linksMs: Number(linksMs.toFixed(1)),
      listAllPagesMs: Math.round(listMs),
      listPages: pages,
      trendMs: Number(trendMs.toFixed(1)),
    };
    console.log(
      `Imported ${figures.sessions} sessions: preview ${figures.importPreviewMs} ms, commit ${figures.importCommitMs} ms`,
    );
    console.log(
      `Diagnosed every session: ${figures.diagnoseAllMs} ms in all, ${figures.diagnoseMeanMs} ms each`,
    );
    console.log(
      `Matrix-card links: ${figures.linksMs} ms; ${pages} list pages of 50: ${figures.listAllPagesMs} ms; trend: ${figures.trendMs} ms`,
    );
    console.log(JSON.stringify({ bench: 'live', ...figures }));
  });
}

void main();
