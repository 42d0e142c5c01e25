import { common } from './common';
import { workspaces } from '../features/workspaces/i18n';
import { matrix } from '../features/matrix/i18n';

/** One namespace per feature; each file holds both languages side by side so they stay in step. */
export const namespaces = { common, workspaces, matrix } as const;

export type Namespace = keyof typeof namespaces;
