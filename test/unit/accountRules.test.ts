import { describe, expect, it } from 'vitest';
import { accountFieldsSchema } from '../../shared/domain/account';
import { targetsCarriedOver, targetsDroppedOnRoleChange } from '../../shared/domain/accountRules';

describe('role change', () => {
  it('lists the targets with values that the new role cannot hold', () => {
    const brandTargets = {
      postsPerWeek: 5,
      followerGrowthMonthly: 1000,
      engagementRatePct: null,
      a3GrowthMonthly: 9,
    };
    expect(targetsDroppedOnRoleChange('brand', 'sales', brandTargets)).toEqual([
      'followerGrowthMonthly',
      'a3GrowthMonthly',
    ]);
    expect(targetsCarriedOver('brand', 'sales', brandTargets)).toEqual({ postsPerWeek: 5 });
    expect(targetsDroppedOnRoleChange('sales', 'sales', { gmvMonthly: 5 })).toEqual([]);
    expect(targetsDroppedOnRoleChange('sales', 'brand', { gmvMonthly: 5, gpm: null, roi: 2 })).toEqual([
      'gmvMonthly',
      'roi',
    ]);
  });
});

describe('account fields', () => {
  const base = { workspaceId: 'w', handle: '@Shop_01', displayName: '店铺' };
  it('strips the @ a user types before a handle and defaults the platform to douyin', () => {
    const parsed = accountFieldsSchema.parse({ ...base, role: 'sales' });
    expect(parsed.handle).toBe('Shop_01');
    expect(parsed.platform).toBe('douyin');
  });
  it('keeps sales targets off brand accounts and vice versa', () => {
    expect(accountFieldsSchema.safeParse({ ...base, role: 'brand', targets: { roi: 2 } }).success).toBe(
      false,
    );
    expect(
      accountFieldsSchema.safeParse({ ...base, role: 'sales', targets: { a3GrowthMonthly: 2 } }).success,
    ).toBe(false);
    expect(
      accountFieldsSchema.safeParse({ ...base, role: 'sales', targets: { roi: 2, gmvMonthly: 10.5 } })
        .success,
    ).toBe(true);
  });
  it('rejects live hours beyond a week', () => {
    const r = accountFieldsSchema.safeParse({ ...base, role: 'sales', targets: { liveHoursPerWeek: 169 } });
    expect(r.success).toBe(false);
  });
});
