import type { APIRequestContext } from '@playwright/test';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { RunningHost } from '../support/webHost';

/** Calls the browser-mode host's API directly, to set up data a test is not about. */
export async function apiCall<M extends MethodName>(
  request: APIRequestContext,
  host: RunningHost,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const res = await request.post(`${host.origin}/api/${method}`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: input,
  });
  const body = (await res.json()) as { ok: true; value: MethodOutput<M> } | { ok: false; error: unknown };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** The same call untyped, with plain fetch: for setup helpers that run without Playwright's request fixture. */
export async function api<T = { id: string }>(host: RunningHost, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}
