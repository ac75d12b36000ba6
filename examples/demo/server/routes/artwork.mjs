// The artwork upload (seed 001): a real storage quota in memory, the seed's 400/413 sentences.
// Accepts multipart or a raw image body (its size is what counts), or JSON {filename, size_bytes}
// so a test can stand for a large upload without sending one.
import { randomUUID } from 'node:crypto';
import { artwork } from '../dialects/artwork.mjs';
import { isRecord, textField } from '../http.mjs';
import { fillPlaceholders, seedExample } from '../seeds.mjs';

const MB = 1024 * 1024;
const LIMIT_BYTES = 500 * MB;
const BASELINE_USED_BYTES = Math.round(212.4 * MB);
// The seed: "File size exceeds limit" means over 5 MB.
const MAX_FILE_BYTES = 5 * MB;

/** The most the upload route buffers: just over the file limit, so "too large" is still seen. */
export const UPLOAD_BODY_LIMIT = MAX_FILE_BYTES + 64 * 1024;

const megabytes = (bytes) => String(Math.round((bytes / MB) * 10) / 10);

function describeUpload(ctx) {
  if (ctx.bodyKind === 'json' || ctx.bodyKind === 'form') {
    const input = isRecord(ctx.body) ? ctx.body : {};
    const size = Number(input.size_bytes);
    return { filename: textField(input, 'filename') || 'artwork.png', size: Number.isFinite(size) && size > 0 ? Math.round(size) : 0 };
  }
  // Multipart: the file name sits in the first part's headers; the body size stands for the file.
  const head = ctx.rawBody.subarray(0, 2048).toString('latin1');
  const filename = /filename="([^"\r\n]{1,200})"/.exec(head)?.[1] ?? 'artwork.png';
  return { filename, size: ctx.bodyTruncated ? ctx.bodySize : ctx.rawBody.length };
}

/** The artwork routes and their storage account. */
export function createArtworkRoutes(app) {
  let usedBytes = BASELINE_USED_BYTES;
  let uploads = [];
  const effectiveUsed = () => (app.control.quotaExhausted ? LIMIT_BYTES : usedBytes);
  const storage = () => ({
    used_bytes: effectiveUsed(),
    limit_bytes: LIMIT_BYTES,
    used_mb: Number(megabytes(effectiveUsed())),
    limit_mb: Number(megabytes(LIMIT_BYTES)),
    uploads: uploads.length,
  });

  const routes = [
    { method: 'GET', path: '/api/artwork/storage', dialect: artwork, data: true, handle: (ctx) => ctx.reply(200, storage()) },
    {
      method: 'POST',
      path: '/api/artwork/upload',
      dialect: artwork,
      data: true,
      bodyLimit: UPLOAD_BODY_LIMIT,
      handle(ctx) {
        const { filename, size } = describeUpload(ctx);
        if (size === 0) return ctx.send(seedExample('001', 'Invalid image dimensions/format'), 'validation');
        if (size > MAX_FILE_BYTES) return ctx.send(seedExample('001', 'File size exceeds limit'), 'validation');
        if (effectiveUsed() + size > LIMIT_BYTES) {
          const example = seedExample('001', 'Storage quota exceeded. Used X MB of Y MB.');
          example.body.detail = fillPlaceholders(example.body.detail, { X: megabytes(effectiveUsed()), Y: megabytes(LIMIT_BYTES) });
          return ctx.send(example, 'quota-exceeded');
        }
        usedBytes += size;
        const id = randomUUID();
        const upload = { id, filename, size_bytes: size, url: `/artwork/${id}.png`, created_at: new Date().toISOString() };
        uploads = [...uploads, upload];
        return ctx.reply(201, { ...upload, storage: storage() });
      },
    },
  ];

  const restoreQuota = () => {
    usedBytes = BASELINE_USED_BYTES;
  };
  return {
    routes,
    restoreQuota,
    reset() {
      restoreQuota();
      uploads = [];
    },
  };
}
