import type { Creator } from '../../../shared/domain/creator';
import type { BackendContext } from '../context';
import { notFound } from '../errors';
import { findCreator } from './repo';

/** The creator a call names, or `not_found`; other domains (offers) use this guard, never creators' handlers. */
export function requireCreator(ctx: BackendContext, id: string): Creator {
  const creator = findCreator(ctx.db, id);
  if (!creator) throw notFound('Creator', id);
  return creator;
}
