import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { REFUSALS_IN_BODY_HEADER } from '../../../shared/api/headers';
import type { ApiIssue, ApiResult, ErrorParams } from '../../../shared/api/result';

/** A failed call, carrying the backend's code, its translatable reason and per-field issues for forms. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly reason?: string,
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const TOKEN_KEY = 'matrixdesk.token';

/** Browser mode: the token arrives once in the URL the host printed; keep it for reloads of this tab. */
function browserToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): Transport {
  const token = browserToken();
  return async (method, input) => {
    const res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        [REFUSALS_IN_BODY_HEADER]: '1',
      },
      body: JSON.stringify(input ?? {}),
    });
    try {
      return (await res.json()) as ApiResult<unknown>;
    } catch {
      return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } };
    }
  };
}

function electronTransport(bridge: MatrixDeskBridge): Transport {
  return (method, input) => bridge.call(method, input) as Promise<ApiResult<unknown>>;
}

let transport: Transport | undefined;
function currentTransport(): Transport {
  transport ??= window.api ? electronTransport(window.api) : httpTransport();
  return transport;
}

/**
 * Tests and storybook-like harnesses may swap the transport (STYLE.md: one typed client tests can swap).
 * @public kept on purpose although nothing calls it yet
 */
export function setTransport(next: Transport): void {
  transport = next;
}

/*
 * Reads started by the renderer's entry module before React, antd and the page's chunk are even downloaded
 * (app/startCalls.ts, issue 11 §8), each kept until the first `call` with the same method and input takes it:
 * the query that asks for it then finds the answer in flight or done instead of asking again. Taken once, so
 * a later refetch asks the backend anew.
 */
const startedCalls = new Map<string, Promise<ApiResult<unknown>>>();
const callKey = (method: string, input: object) =>
  // Keys sorted: the entry and the query may write the same input's fields in another order.
  `${method} ${JSON.stringify(input, Object.keys(input).sort())}`;

/**
 * Starts a read now; its answer goes to the first `call(method, input)`. Returns the answer too, for a start
 * call that depends on another (the calendar's range needs the workspace's time zone).
 */
export function startCall<M extends MethodName>(
  method: M,
  input: MethodInput<M> & object,
): Promise<ApiResult<MethodOutput<M>>> {
  const key = callKey(method, input);
  const answer = startedCalls.get(key) ?? currentTransport()(method, input);
  // A transport failure is reported by the `call` that takes it (a rejection is not unhandled meanwhile).
  answer.catch(() => undefined);
  startedCalls.set(key, answer);
  return answer as Promise<ApiResult<MethodOutput<M>>>;
}

/** Forgets a started read that no call will take (the calendar's reads in a wrongly guessed time zone). */
export function dropStartedCall(method: string, input: object): void {
  startedCalls.delete(callKey(method, input));
}

function takeStartedCall(method: string, input: unknown): Promise<ApiResult<unknown>> | undefined {
  if (startedCalls.size === 0 || typeof input !== 'object' || input === null) return undefined;
  const key = callKey(method, input);
  const answer = startedCalls.get(key);
  startedCalls.delete(key);
  return answer;
}

export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  let result: ApiResult<unknown>;
  try {
    result = await (takeStartedCall(method, input) ?? currentTransport()(method, input));
  } catch (err) {
    throw new ApiCallError('network', err instanceof Error ? err.message : String(err));
  }
  if (!result.ok) {
    const { code, message, issues, reason, params } = result.error;
    // Refusals (bad input, conflicts, states) are answers the UI explains; only failures are errors.
    if (code === 'internal' || code === 'unknown_method') console.error(`${method}: ${message}`);
    else console.debug(`${method} refused (${code}): ${message}`);
    throw new ApiCallError(code, message, issues ?? [], reason, params);
  }
  return result.value as MethodOutput<M>;
}
