import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { httpStatusByCode, REFUSALS_IN_BODY_HEADER, type ApiResult } from '../../shared/api/result';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import type { Router } from '../backend/router';
import { readStaticFile } from './static';

/** Imports carry files up to 20 MB as base64 (~27 MB of JSON). */
const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A whole request (headers and body) must arrive within this time, or it is answered 408 and dropped. */
const REQUEST_TIMEOUT_MS = 120_000;

export interface WebServerOptions {
  router: Router;
  rendererDir: string;
  token: string;
  port?: number;
  /** Where unexpected request failures are reported (stderr by default; tests pass their own). */
  log?: (message: string, err: unknown) => void;
  /** Overridable so tests can prove the limits without sending 32 MB or waiting two minutes. */
  maxBodyBytes?: number;
  requestTimeoutMs?: number;
}

export interface WebServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const expectedToken = Buffer.from(options.token, 'utf8');
  let port = 0;
  const log = options.log ?? ((message: string, err: unknown) => console.error(message, err));

  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // Node answers 408 itself when a request (slow headers or a trickled body) outlives requestTimeout;
  // the checking interval decides how soon after the deadline that happens.
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(requestTimeout / 4))),
    },
    (req, res) => {
      handle(req, res).catch((err: unknown) => {
        log('[web] request failed', err);
        if (!res.headersSent)
          sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
        else res.end();
      });
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding defence: a page on another origin that resolves to 127.0.0.1 still sends its own Host.
    if (!isAllowedHost(req.headers.host, port)) {
      sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'Forbidden host' } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      const method = decodePathPart(url.pathname.slice('/api/'.length));
      // A malformed escape (`/api/%ZZ`) names no method: the same 404 as any unknown one.
      await handleApi(req, res, method ?? '');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders }).end();
      return;
    }
    const file = await readStaticFile(options.rendererDir, url.pathname);
    if (!file) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders })
        .end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': file.contentType, 'Cache-Control': 'no-cache', ...securityHeaders });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!hasToken(req.headers.authorization, expectedToken)) {
      sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Missing or invalid token' } });
      return;
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      sendJson(res, 405, { ok: false, error: { code: 'method_not_allowed', message: 'Use POST' } });
      return;
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'aborted') return;
    if (body === 'too_large') {
      // Answer at once and drop the connection: the rest of the body is never read.
      res.setHeader('Connection', 'close');
      res.once('finish', () => req.socket.destroy());
      sendJson(res, 413, {
        ok: false,
        error: { code: 'invalid_input', message: `Request body is larger than ${maxBodyBytes} bytes` },
      });
      return;
    }
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : (JSON.parse(body) as unknown);
    } catch {
      sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'Request body is not valid JSON' },
      });
      return;
    }
    const result = await options.router(method, input);
    const status = result.ok ? 200 : httpStatusByCode[result.error.code];
    // The app's own renderer asks for expected refusals (4xx) in the body: the browser prints every
    // non-2xx fetch as a red console error, and a refused form is not an error. API users keep statuses.
    const inBody = req.headers[REFUSALS_IN_BODY_HEADER] === '1' && status < 500;
    sendJson(res, inBody ? 200 : status, result);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        server,
        port,
        url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(options.token)}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function hasToken(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1], 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function decodePathPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Reads the body up to `limit` bytes. A declared Content-Length over the limit is refused before a
 * byte is read; a body that passes the limit while streaming stops being read at that chunk.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | 'too_large' | 'aborted'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.pause();
    return Promise.resolve('too_large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      req.off('end', onEnd);
      req.pause();
      resolve('too_large');
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    // A client that hangs up (or is cut off by the 408 timeout) needs no answer and is no server fault.
    req.on('error', () => resolve('aborted'));
  });
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown> | object): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...securityHeaders,
  });
  res.end(JSON.stringify(body));
}
