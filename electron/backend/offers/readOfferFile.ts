import type { ErrorParams } from '../../../shared/api/result';
import { canonicalJson } from '../../../shared/offerFile/canonical';
import {
  OFFER_FILE_FORMAT,
  OFFER_FILE_MAX_BYTES,
  OFFER_FILE_READABLE_VERSIONS,
  OFFER_FILE_VERSION,
  offerFileSchema,
  type OfferFile,
  type OfferFileRefusal,
} from '../../../shared/offerFile/format';
import { AppError } from '../errors';
import { verifyText } from '../identity/keys';
import { cleanBase64 } from '../imports/base64';

/**
 * A refused file: the English message keeps the `Offer file refused (<refusal>)` prefix for API users,
 * and `offerFile.<why>` (+ params) is the precise reason the renderer shows in the user's language.
 */
export function refuse(
  reason: OfferFileRefusal,
  detail: string,
  why: string,
  params?: ErrorParams,
  code: AppError['code'] = 'invalid_input',
): AppError {
  const message = `Offer file refused (${reason}): ${detail}`;
  const coded = { code: `offerFile.${why}`, params: { refusal: reason, ...params } };
  return new AppError(code, message, [{ path: ['base64'], message, ...coded }], {
    reason: coded.code,
    params: coded.params,
  });
}

/** Decodes, parses and verifies a file; nothing here touches the database. */
export function readOfferFile(base64: string): OfferFile {
  const clean = cleanBase64(base64);
  if (clean === null) {
    throw refuse('malformed', 'this is not a file upload (the content is not base64)', 'notBase64');
  }
  // Checked on the encoded length first so a huge upload is refused without decoding it.
  if (Math.floor((clean.length * 3) / 4) - (clean.match(/=+$/)?.[0].length ?? 0) > OFFER_FILE_MAX_BYTES) {
    throw refuse(
      'too_large',
      `the file is larger than 1 MB (${OFFER_FILE_MAX_BYTES.toLocaleString('en-US')} bytes); an offer file is a few kilobytes`,
      'tooLarge',
      { maxBytes: OFFER_FILE_MAX_BYTES },
    );
  }
  const bytes = Buffer.from(clean, 'base64');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse(
      'malformed',
      'this is not a MatrixDesk offer file (.mdoffer): it is not valid JSON text',
      'notJson',
    );
  }
  const header = json as { format?: unknown; formatVersion?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== OFFER_FILE_FORMAT) {
    throw refuse('malformed', 'this is not a MatrixDesk offer file (.mdoffer)', 'notOfferFile');
  }
  if (
    typeof header.formatVersion !== 'number' ||
    !OFFER_FILE_READABLE_VERSIONS.includes(header.formatVersion)
  ) {
    if (typeof header.formatVersion === 'number' && header.formatVersion > OFFER_FILE_VERSION) {
      throw refuse(
        'unsupported_version',
        `the file was made by a newer MatrixDesk (format version ${header.formatVersion}); update MatrixDesk to open it`,
        'newerVersion',
        { version: header.formatVersion },
      );
    }
    throw refuse('unsupported_version', 'the file has an unknown format version', 'unknownVersion');
  }
  const parsed = offerFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(
      'malformed',
      `the file is damaged or incomplete (${issue.path.join('.') || 'file'}: ${issue.message})`,
      'damaged',
      { field: issue.path.join('.') || 'file' },
    );
  }
  const { signature, ...unsigned } = parsed.data;
  if (!verifyText(unsigned.senderPublicKey, canonicalJson(unsigned), signature)) {
    throw refuse(
      'bad_signature',
      'the signature does not match the content: the file was changed after it was exported, or it is damaged. Ask the sender to export it again',
      'badSignature',
    );
  }
  return parsed.data;
}
