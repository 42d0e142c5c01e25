import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../../electron/backend/app';
import type { MethodInput, MethodName, MethodOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';

export interface TestBackend {
  backend: Backend;
  dataDir: string;
  /** Calls a method and returns its value; throws with the error if the call failed. */
  call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>>;
  /** Calls a method that must fail and returns its error. */
  fail(method: string, input?: unknown): Promise<ApiError>;
  raw(method: string, input?: unknown): ReturnType<Backend['router']>;
  close(): void;
}

/** A fresh migrated database in its own temp directory, with output validation switched on. */
export async function createTestBackend(): Promise<TestBackend> {
  const dataDir = mkdtempSync(join(tmpdir(), 'matrixdesk-test-'));
  const backend = await openBackend(dataDir, { validateOutput: true, log: () => undefined });
  return {
    backend,
    dataDir,
    call: (method, input) => callOn(backend, method, input),
    fail: (method, input) => failOn(backend, method, input),
    raw: (method, input) => backend.router(method, input),
    close() {
      backend.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Calls a method on `backend` and returns its value; throws with the error if the call failed. */
export async function callOn<M extends MethodName>(
  backend: Backend,
  method: M,
  input?: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = await backend.router(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** Calls a method on `backend` that must fail and returns its error. */
export async function failOn(backend: Backend, method: string, input?: unknown): Promise<ApiError> {
  const result = await backend.router(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

/** Everything a user could see, to prove a rejected call changed nothing. */
export function snapshotTables(backend: Backend): Record<string, unknown[]> {
  const db = backend.context.db;
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all();
  return Object.fromEntries(
    tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}
