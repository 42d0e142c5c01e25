/**
 * Backend memory over one pass of the big client's pages, in a fresh process (so generation and the
 * latency runs do not count): opens the database and makes the calls the matrix, calendar, creators,
 * offers and match pages make on first render, then prints its peak RSS as one JSON line.
 * Spawned by run.ts: `node --import tsx memoryPass.ts <dataDir> <workspaceId>`.
 */
import { openBackend } from '../../../electron/backend/app';

const month = { from: '2025-10-01T00:00:00.000Z', to: '2025-11-01T00:00:00.000Z' };
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function main(): Promise<void> {
  const [dataDir, workspaceId] = process.argv.slice(2);
  if (!dataDir || !workspaceId) throw new Error('usage: memoryPass.ts <dataDir> <workspaceId>');
  const rssAtStart = mb(process.memoryUsage().rss);
  const b = await openBackend(dataDir);
  const failed: string[] = [];
  const call = async (method: string, input: Record<string, unknown>) => {
    const result = await b.router(method, input);
    if (!result.ok) failed.push(`${method}: ${result.error.code}`);
    return result.ok ? result.value : null;
  };
  try {
    // Matrix
    await call('workspaces.list', {});
    await call('accounts.list', { workspaceId });
    // Calendar (month view)
    await call('content.calendarItems', { workspaceId, ...month });
    await call('content.suggestions', { workspaceId });
    // Creators, offers: first pages (the creators table asks for 100 at a time)
    await call('creators.list', { workspaceId, limit: 100 });
    await call('offers.list', { workspaceId, limit: 50 });
    // Match: the first product's ranking and the heatmap's first page (20 products)
    const products = (await call('products.list', { workspaceId, limit: 50 })) as {
      items: { id: string }[];
    } | null;
    const firstProduct = products?.items[0];
    if (firstProduct) await call('match.forProduct', { productId: firstProduct.id });
    await call('match.heatmap', { workspaceId, limit: 20 });
  } finally {
    b.close();
  }
  console.log(
    JSON.stringify({
      figure: 'memory, one pass of the big client’s pages (fresh process)',
      rssAtStartMb: rssAtStart,
      rssAfterMb: mb(process.memoryUsage().rss),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      targetMb: 300,
      failed,
    }),
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
