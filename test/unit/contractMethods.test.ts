import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import { assertDistinctMethods } from '../../shared/api/distinctMethods';
import { offersContract } from '../../shared/api/offers';
import { deliverablesContract } from '../../shared/api/deliverables';

describe('contract: no two slices define the same method', () => {
  it('throws when two slices define one method name, naming both slices', () => {
    const a = { 'offers.get': 1, 'offers.list': 2 };
    const b = { 'deliverables.list': 3, 'offers.get': 4 };
    expect(() => assertDistinctMethods({ a, b }, { ...a, ...b })).toThrow(
      /offers\.get is defined by both the a and b slices/,
    );
  });

  it('throws when the contract has a method of a slice left out of the check', () => {
    expect(() =>
      assertDistinctMethods({ offersContract }, { ...offersContract, ...deliverablesContract }),
    ).toThrow(/deliverables\.list/);
  });

  it('accepts distinct slices, and the real contract loaded (the check ran at import)', () => {
    expect(() =>
      assertDistinctMethods(
        { offersContract, deliverablesContract },
        { ...offersContract, ...deliverablesContract },
      ),
    ).not.toThrow();
    expect(Object.keys(contract)).toContain('forecasts.series');
    expect(Object.keys(contract)).not.toContain('forecast.series');
  });
});
