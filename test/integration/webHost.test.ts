import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/app';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { parseWebArgs } from '../../electron/web/args';
import { REFUSALS_IN_BODY_HEADER } from '../../shared/api/result';
import { defaultDataDir } from '../../electron/web/dataDir';

const TOKEN = 'test-token-123';
let dir: string;
let backend: Backend;
let web: WebServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-web-'));
  const rendererDir = join(dir, 'renderer');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>MatrixDesk</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  backend = await openBackend(join(dir, 'data'), { log: () => undefined });
  web = await startWebServer({ router: backend.router, rendererDir, token: TOKEN });
});
afterAll(async () => {
  await web.close();
  backend.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  path: string,
  opts: {
    method?: string;
    body?: string;
    token?: string | null;
    host?: string;
    headers?: Record<string, string>;
  } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const headers: Record<string, string> = { Host: opts.host ?? `127.0.0.1:${web.port}` };
    if (opts.token !== null) headers['Authorization'] = `Bearer ${opts.token ?? TOKEN}`;
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    Object.assign(headers, opts.headers);
    const req = request(
      { host: '127.0.0.1', port: web.port, path, method: opts.method ?? 'POST', headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const json = (r: Reply) =>
  JSON.parse(r.body) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string; issues?: unknown[] };
  };

describe('browser-mode HTTP host', () => {
  it('binds to 127.0.0.1 and prints a tokenised URL', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${TOKEN}`);
    expect(web.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('answers a valid call with 200 { ok: true, value }', async () => {
    const r = await send('/api/workspaces.create', {
      body: JSON.stringify({ name: 'HTTP 品牌', industry: 'home' }),
    });
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ ok: true, value: { name: 'HTTP 品牌' } });
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers invalid input with 400 and field issues', async () => {
    const r = await send('/api/workspaces.create', { body: JSON.stringify({ name: '', industry: 'home' }) });
    expect(r.status).toBe(400);
    const body = json(r);
    expect(body.error?.code).toBe('invalid_input');
    expect(body.error?.issues).toEqual([
      { path: ['name'], message: expect.any(String), code: 'field.required' },
    ]);
  });

  it('answers a refusal with 200 { ok: false } when the app’s renderer asks for it (no red console line)', async () => {
    const body = JSON.stringify({ name: '', industry: 'home' });
    const r = await send('/api/workspaces.create', { body, headers: { [REFUSALS_IN_BODY_HEADER]: '1' } });
    expect(r.status).toBe(200);
    expect(json(r)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Without the header an API user still gets the status.
    expect((await send('/api/workspaces.create', { body })).status).toBe(400);
  });

  it('answers malformed JSON with 400', async () => {
    const r = await send('/api/workspaces.list', { body: '{nope' });
    expect(r.status).toBe(400);
  });

  it('refuses calls without the token (401), with a wrong token (401), from a foreign Host (403)', async () => {
    expect((await send('/api/workspaces.list', { token: null, body: '{}' })).status).toBe(401);
    expect((await send('/api/workspaces.list', { token: 'wrong', body: '{}' })).status).toBe(401);
    expect((await send('/api/workspaces.list', { host: 'evil.example:80', body: '{}' })).status).toBe(403);
    expect(
      (await send('/api/workspaces.list', { host: `127.0.0.1:${web.port + 1}`, body: '{}' })).status,
    ).toBe(403);
    expect((await send('/api/workspaces.list', { host: `localhost:${web.port}`, body: '{}' })).status).toBe(
      200,
    );
  });

  it('answers unknown methods with 404 unknown_method and clashes with 409 conflict', async () => {
    const r = await send('/api/nope.nothing', { body: '{}' });
    expect(r.status).toBe(404);
    expect(json(r).error?.code).toBe('unknown_method');
    // A malformed escape used to reach an unguarded decodeURIComponent and answer 500.
    const malformed = await send('/api/%ZZ', { body: '{}' });
    expect(malformed.status).toBe(404);
    expect(json(malformed).error?.code).toBe('unknown_method');

    const ws = json(
      await send('/api/workspaces.create', { body: JSON.stringify({ name: 'C', industry: 'home' }) }),
    ).value as { id: string };
    const account = { workspaceId: ws.id, role: 'brand', handle: 'dup', displayName: 'D' };
    expect((await send('/api/accounts.create', { body: JSON.stringify(account) })).status).toBe(200);
    const clash = await send('/api/accounts.create', { body: JSON.stringify(account) });
    expect(clash.status).toBe(409);
    expect(json(clash).error?.code).toBe('conflict');
  });

  it('never leaks a stack trace on internal errors, but logs it for the developer', async () => {
    const logged: unknown[] = [];
    const broken = await startWebServer({
      router: () => Promise.reject(new Error('secret internals at /home/x/file.ts:12')),
      rendererDir: dir,
      token: TOKEN,
      log: (_message, err) => logged.push(err),
    });
    try {
      const r = await new Promise<Reply>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: broken.port,
            path: '/api/workspaces.list',
            method: 'POST',
            headers: { Host: `127.0.0.1:${broken.port}`, Authorization: `Bearer ${TOKEN}` },
          },
          (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          },
        );
        req.on('error', reject);
        req.end('{}');
      });
      expect(r.status).toBe(500);
      expect(r.body).not.toContain('secret');
      expect(r.body).not.toContain('file.ts');
      expect(String(logged[0])).toContain('secret internals');
    } finally {
      await broken.close();
    }
  });

  it('serves the renderer but nothing outside it', async () => {
    const index = await send('/', { method: 'GET', token: null });
    expect(index.status).toBe(200);
    expect(index.body).toContain('MatrixDesk');
    expect((await send('/../secret.txt', { method: 'GET', token: null })).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt', { method: 'GET', token: null })).status).toBe(404);
    expect((await send('/..%2fsecret.txt', { method: 'GET', token: null })).status).toBe(404);
  });
});

describe('web CLI arguments', () => {
  it('parses --port and --data-dir in both spellings', () => {
    expect(parseWebArgs(['--port', '5123', '--data-dir', '/tmp/x'])).toEqual({
      port: 5123,
      dataDir: '/tmp/x',
    });
    expect(parseWebArgs(['--port=0', '--data-dir=/d'])).toEqual({ port: 0, dataDir: '/d' });
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseWebArgs(['--bogus'])).toThrow(/Unknown option/);
  });

  it('defaults the data dir to the OS user-data folder unless MATRIXDESK_DATA_DIR is set', () => {
    expect(defaultDataDir({ MATRIXDESK_DATA_DIR: '/custom' }, 'linux')).toBe('/custom');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/MatrixDesk');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain('MatrixDesk');
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/MatrixDesk$/);
  });
});
