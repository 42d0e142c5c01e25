import type { BackendContext } from '../context';
import type { Workspace } from '../../../shared/domain/workspace';
import { findWorkspace, insertWorkspace } from '../workspaces/repo';
import { seedSampleAccounts } from './accounts';
import { seedSampleProducts } from './products';
import { seedSampleContent } from './content';
import { seedSamplePerformance } from './performance';
import { seedSampleCreators } from './creators';
import { seedSampleLiveSessions } from './liveSessions';
import type { SampleRefs, SampleSeeder } from './types';

/** Domain seeders in dependency order; each later feature appends its own. */
const seeders: SampleSeeder[] = [
  seedSampleAccounts,
  seedSampleProducts,
  seedSampleContent,
  seedSampleCreators,
  seedSamplePerformance,
  seedSampleLiveSessions,
];

export function createSampleWorkspace(ctx: BackendContext): Workspace {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    insertWorkspace(ctx.db, {
      id,
      name: '山茶花研 CamelliaLab（示例）',
      industry: 'beauty_personal_care',
      stage: 'growing',
      notes: '示例工作台：国货护肤品牌，2 个品牌号 + 3 个销售号（含 1 个自播直播间）。可随意修改或删除。',
      timeZone: 'Asia/Shanghai',
      isSample: true,
      createdAt: ctx.now().toISOString(),
    });
    const refs: SampleRefs = { workspaceId: id, accounts: new Map(), extra: new Map() };
    for (const seed of seeders) seed(ctx, refs);
  })();
  return findWorkspace(ctx.db, id)!;
}
