import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  BUNDLE_MAGIC,
  BUNDLE_MAX_BYTES,
  BUNDLE_MAX_CONTENT_BYTES,
  bundleContentSchema,
  bundleEnvelopeSchema,
  type BundleContent,
  type BundleEnvelope,
  type BundleRefusal,
} from '../../../shared/domain/bundle';
import type { ErrorParams } from '../../../shared/api/result';
import { AppError } from '../errors';
import { cleanBase64 } from '../imports/base64';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A refused bundle: one coded reason, reported against the upload; nothing was written. */
export function refuseBundle(reason: BundleRefusal, detail: string, params?: ErrorParams): AppError {
  const message = `Bundle refused (${reason}): ${detail}`;
  return new AppError(
    'invalid_input',
    message,
    [{ path: ['base64'], message, code: `bundles.${reason}`, ...(params ? { params } : {}) }],
    { reason: `bundles.${reason}`, ...(params ? { params } : {}) },
  );
}

export function encodeBundle(
  envelope: Omit<BundleEnvelope, 'digest' | 'content'>,
  content: BundleContent,
): Buffer {
  const contentText = JSON.stringify(content);
  const full: BundleEnvelope = { ...envelope, digest: sha256Hex(contentText), content: contentText };
  return Buffer.concat([Buffer.from(BUNDLE_MAGIC, 'utf8'), gzipSync(JSON.stringify(full))]);
}

export interface DecodedBundle {
  envelope: BundleEnvelope;
  content: BundleContent;
}

/**
 * Decodes and checks a whole bundle before anything is written: base64, size, magic line, gzip
 * (a truncated file fails here), envelope shape, format and schema versions, digest, content shape.
 */
export function decodeBundle(base64: string, supportedSchemaVersion: number): DecodedBundle {
  const clean = cleanBase64(base64);
  if (clean === null) {
    throw refuseBundle('not_base64', 'the upload is not a file (not base64)');
  }
  if (Math.floor((clean.length * 3) / 4) > BUNDLE_MAX_BYTES + 2) {
    throw refuseBundle('too_large', 'the file is larger than 20 MB', { maxMb: 20 });
  }
  const bytes = Buffer.from(clean, 'base64');
  const magic = Buffer.from(BUNDLE_MAGIC, 'utf8');
  if (bytes.length < magic.length || !bytes.subarray(0, magic.length).equals(magic)) {
    throw refuseBundle('foreign', 'this is not a MatrixDesk bundle (.mdbundle)');
  }
  let json: unknown;
  try {
    const text = gunzipSync(bytes.subarray(magic.length), { maxOutputLength: BUNDLE_MAX_CONTENT_BYTES });
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(text));
  } catch (err) {
    if (err instanceof RangeError) {
      throw refuseBundle('too_large', 'the bundle unpacks to more than 400 MB', { maxMb: 400 });
    }
    throw refuseBundle('truncated', 'the file is incomplete or damaged (it does not unpack)');
  }
  const header = json as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== BUNDLE_FORMAT) {
    throw refuseBundle('foreign', 'this is not a MatrixDesk bundle (.mdbundle)');
  }
  if (typeof header.formatVersion === 'number' && header.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw refuseBundle(
      'newer_format',
      'the bundle was made by a newer MatrixDesk; update MatrixDesk to open it',
      {
        version: header.formatVersion,
      },
    );
  }
  const parsed = bundleEnvelopeSchema.safeParse(json);
  if (!parsed.success || parsed.data.formatVersion !== BUNDLE_FORMAT_VERSION) {
    throw refuseBundle('truncated', 'the file is incomplete or damaged (its header is not readable)');
  }
  const envelope = parsed.data;
  if (envelope.schemaVersion > supportedSchemaVersion) {
    throw refuseBundle(
      'newer_schema',
      `the bundle holds data of a newer MatrixDesk (schema ${envelope.schemaVersion}, this one reads up to ${supportedSchemaVersion}); update MatrixDesk first`,
      { version: envelope.schemaVersion, supported: supportedSchemaVersion },
    );
  }
  if (sha256Hex(envelope.content) !== envelope.digest) {
    throw refuseBundle(
      'tampered',
      'the content does not match its SHA-256 digest: the file was changed or damaged',
    );
  }
  let content: BundleContent;
  try {
    content = bundleContentSchema.parse(JSON.parse(envelope.content));
  } catch {
    throw refuseBundle('tampered', 'the content is not readable although its digest matches');
  }
  for (const table of content.tables) {
    if (table.rows.some((row) => row.length !== table.columns.length)) {
      throw refuseBundle('tampered', `table ${table.name} has rows of the wrong width`, {
        table: table.name,
      });
    }
  }
  return { envelope, content };
}
