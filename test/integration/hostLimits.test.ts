import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../electron/web/server';
import type { Router } from '../../electron/backend/router';

const TOKEN = 'host-limits-token-0123456789';
const LIMIT = 64 * 1024;
let dir: string;
let web: WebServer;
const calls: string[] = [];

/** A router that records what reached it: proves refused requests never got that far. */
const router: Router = (method) => {
  calls.push(method);
  return Promise.resolve({ ok: true, value: { method } });
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'matrixdesk-host-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>MatrixDesk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  web = await startWebServer({
    router,
    rendererDir,
    token: TOKEN,
    maxBodyBytes: LIMIT,
    requestTimeoutMs: 600,
  });
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Raw HTTP over a socket, so paths reach the server exactly as written (no client normalisation). */
function raw(lines: string, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(web.port, '127.0.0.1');
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString('latin1')));
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', reject);
    socket.write(`${lines}\r\nHost: 127.0.0.1:${web.port}\r\nConnection: close\r\n\r\n${body}`);
  });
}

/** Sends the start of a request and never the rest; returns what the server wrote before closing on it. */
function unfinished(start: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(web.port, '127.0.0.1');
    let text = '';
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    socket.write(start);
  });
}

const api = (path: string, method = 'POST', auth = true) =>
  raw(
    `${method} ${path} HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2${auth ? `\r\nAuthorization: Bearer ${TOKEN}` : ''}`,
    '{}',
  );

describe('host status paths', () => {
  it('401 without or with a wrong token, before the router sees anything', async () => {
    calls.length = 0;
    expect((await api('/api/workspaces.list', 'POST', false)).status).toBe(401);
    expect(
      (
        await raw(
          `POST /api/workspaces.list HTTP/1.1\r\nAuthorization: Bearer ${TOKEN}x\r\nContent-Length: 2`,
          '{}',
        )
      ).status,
    ).toBe(401);
    expect(calls).toEqual([]);
  });

  it('403 for a foreign Host header', async () => {
    const r = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: web.port, path: '/', headers: { Host: 'attacker.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(r).toBe(403);
  });

  it('405 for a GET on the API and a POST on a static file', async () => {
    expect((await api('/api/workspaces.list', 'GET')).status).toBe(405);
    expect((await api('/index.html', 'POST')).status).toBe(405);
  });

  it('404, never 500, for a malformed escape in the method name', async () => {
    calls.length = 0;
    for (const path of ['/api/%ZZ', '/api/%', '/api/%E0%A4%A', '/api/%C0%AF']) {
      const r = await api(path);
      expect(r.status, path).toBe(200); // the stub router answers everything it is handed…
    }
    // …but what it is handed for an undecodable name is the empty name, which the real router 404s.
    expect(calls.slice(0, 3)).toEqual(['', '', '']);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%252e%252e/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '//etc/passwd',
    '/%00index.html',
    '/index.html%00.js',
    '/%ZZ',
  ])('traversal variant %s is not served', async (path) => {
    const r = await raw(`GET ${path} HTTP/1.1`);
    expect([400, 404]).toContain(r.status);
    expect(r.text).not.toContain('outside the renderer');
  });

  it('still serves what is inside the renderer', async () => {
    const r = await raw('GET /assets/app.js HTTP/1.1');
    expect(r.status).toBe(200);
  });
});

describe('oversize bodies', () => {
  it('413 from the declared length, before any of the body is read', async () => {
    calls.length = 0;
    const r = await raw(
      `POST /api/workspaces.list HTTP/1.1\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: ${LIMIT * 100}`,
      '{"a":"',
    );
    expect(r.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('413 as soon as a chunked body passes the limit, while the client is still sending', async () => {
    calls.length = 0;
    const result = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const req = request(
        {
          host: '127.0.0.1',
          port: web.port,
          path: '/api/workspaces.list',
          method: 'POST',
          headers: { Host: `127.0.0.1:${web.port}`, Authorization: `Bearer ${TOKEN}` },
        },
        (res) => {
          answered = true;
          res.resume();
          resolve({ status: res.statusCode ?? 0, sentWhenAnswered: sent });
          req.destroy();
        },
      );
      req.on('error', (err) => (answered ? undefined : reject(err)));
      const chunk = Buffer.alloc(16 * 1024, 'a');
      const pump = () => {
        // Keeps sending up to 100× the limit unless the server answers first.
        while (!answered && sent < LIMIT * 100) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        if (!answered) req.end();
      };
      pump();
    });
    expect(result.status).toBe(413);
    expect(result.sentWhenAnswered).toBeLessThan(LIMIT * 100);
    expect(calls).toEqual([]);
  });
});

describe('slow clients', () => {
  it('408 for a client that never finishes its headers', async () => {
    const r = await unfinished(`POST /api/workspaces.list HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\n`);
    expect(r).toMatch(/^HTTP\/1\.1 408/);
  });

  it('408 for a client that trickles a body it never completes', async () => {
    calls.length = 0;
    const r = await unfinished(
      `POST /api/workspaces.list HTTP/1.1\r\nHost: 127.0.0.1:${web.port}\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: 1000\r\n\r\n{"a":`,
    );
    expect(r).toMatch(/^HTTP\/1\.1 408/);
    expect(calls).toEqual([]);
  });
});
