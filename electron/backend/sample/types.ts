import type { BackendContext } from '../context';

/** What earlier seeders created, so later ones (products, content, creators…) can link to it. */
export interface SampleRefs {
  workspaceId: string;
  /** Account ids keyed by handle. */
  accounts: Map<string, string>;
  /** Anything else a later seeder wants to leave for the next, keyed by a name it chooses. */
  extra: Map<string, unknown>;
}

/** One domain's part of the sample workspace; runs inside the sample's single transaction. */
export type SampleSeeder = (ctx: BackendContext, refs: SampleRefs) => void;
