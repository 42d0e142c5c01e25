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
import type { UiLanguage } from '../../../shared/format/number';
import { sampleWorkspaceText } from './naming';

/** Domain seeders in dependency order; each later feature appends its own. */
const seeders: SampleSeeder[] = [
  seedSampleAccounts,
  seedSampleProducts,
  seedSampleContent,
  seedSampleCreators,
  seedSamplePerformance,
  seedSampleLiveSessions,
];

export function createSampleWorkspace(ctx: BackendContext, language: UiLanguage = 'zh-CN'): Workspace {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    insertWorkspace(ctx.db, {
      id,
      ...sampleWorkspaceText[language],
      industry: 'beauty_personal_care',
      stage: 'growing',
      timeZone: 'Asia/Shanghai',
      isSample: true,
      createdAt: ctx.now().toISOString(),
    });
    const refs: SampleRefs = { workspaceId: id, accounts: new Map(), extra: new Map() };
    for (const seed of seeders) seed(ctx, refs);
  })();
  return findWorkspace(ctx.db, id)!;
}
