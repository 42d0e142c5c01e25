/**
 * Object spread lets a later slice silently replace an earlier slice's method of the same name, so the
 * merged contract is checked at module load: a name defined by two slices, or a method of the contract
 * that no listed slice defines (a slice spread into the contract but left out of the list), throws.
 */
export function assertDistinctMethods(slices: Readonly<Record<string, object>>, contract: object): void {
  const owner = new Map<string, string>();
  for (const [slice, methods] of Object.entries(slices)) {
    for (const method of Object.keys(methods)) {
      const first = owner.get(method);
      if (first !== undefined) {
        throw new Error(`Contract method ${method} is defined by both the ${first} and ${slice} slices`);
      }
      owner.set(method, slice);
    }
  }
  const unlisted = Object.keys(contract).filter((method) => !owner.has(method));
  if (unlisted.length > 0) {
    throw new Error(`Contract methods from a slice missing in the duplicate check: ${unlisted.join(', ')}`);
  }
}
