import type { z } from 'zod';
import type { MethodSpec } from '../../shared/api/define';
import type { BackendContext } from './context';

type Awaitable<T> = T | Promise<T>;

/** A domain's handlers for its slice of the contract: parsed input in, output schema's input type out. */
export type HandlerSlice<C extends Record<string, MethodSpec<z.ZodType, z.ZodType>>> = {
  [M in keyof C]: (input: z.output<C[M]['input']>, ctx: BackendContext) => Awaitable<z.input<C[M]['output']>>;
};
