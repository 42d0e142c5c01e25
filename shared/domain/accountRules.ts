import { brandTargetKeys, salesTargetKeys, type AccountRole, type TargetKey } from './account';

export function targetKeysForRole(role: AccountRole): readonly TargetKey[] {
  return role === 'brand' ? brandTargetKeys : salesTargetKeys;
}

type AnyTargets = Partial<Record<TargetKey, number | null | undefined>>;

/**
 * Targets that mean nothing under the new role and will be lost when an account changes role.
 * Only targets that hold a value are listed: an empty target loses nothing worth confirming.
 */
export function targetsDroppedOnRoleChange(
  from: AccountRole,
  to: AccountRole,
  targets: AnyTargets,
): TargetKey[] {
  if (from === to) return [];
  const kept = new Set<TargetKey>(targetKeysForRole(to));
  return targetKeysForRole(from).filter((k) => !kept.has(k) && targets[k] != null);
}

/** The targets an account keeps when it changes role: those both roles share (e.g. posts per week). */
export function targetsCarriedOver(from: AccountRole, to: AccountRole, targets: AnyTargets): AnyTargets {
  const kept = new Set<TargetKey>(targetKeysForRole(to));
  const carried: AnyTargets = {};
  for (const k of targetKeysForRole(from)) {
    if (kept.has(k) && targets[k] != null) carried[k] = targets[k];
  }
  return carried;
}
