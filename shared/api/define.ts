import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
}

/** Keeps each slice's literal keys while checking every entry has an input and output schema. */
export function defineMethods<T extends Record<string, MethodSpec<z.ZodType, z.ZodType>>>(methods: T): T {
  return methods;
}
