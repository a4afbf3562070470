import { problem } from '../problem';

/** The most bytes a batch may hold once decompressed. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
const LIMIT_TEXT = '10 MiB';

/**
 * The body as text, or the response that refuses it: more than MAX_BODY_BYTES (413, counted
 * as it arrives, so a huge or endless body is never held whole), an encoding other than gzip
 * or none (415), gzip that does not inflate or text that is not UTF-8 (400).
 */
export async function readBody(request: Request): Promise<string | Response> {
  const declared = Number(request.headers.get('Content-Length') ?? NaN);
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const encoding = (request.headers.get('Content-Encoding') ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== 'gzip' && encoding !== 'x-gzip')
    return problem(
      415,
      `Content-Encoding "${encoding}" is not accepted: send the body as it is or gzip-compressed.`,
    );
  if (!request.body) return '';
  const stream =
    encoding === 'identity' ? request.body : request.body.pipeThrough(new DecompressionStream('gzip'));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        return tooLarge();
      }
      chunks.push(value);
    }
  } catch {
    return problem(
      400,
      encoding === 'identity' ? 'The body could not be read.' : 'The body is not valid gzip.',
    );
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem(400, `The body is not UTF-8 text (at or before byte ${firstBadByte(bytes)}).`);
  }
}

function tooLarge(): Response {
  return problem(413, `A batch may hold at most ${LIMIT_TEXT} (after decompression). Send smaller batches.`);
}

/** The offset of the first byte that does not decode, for the sender to look at. */
function firstBadByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // the longest prefix that decodes; `stream` lets a prefix end inside a character
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}
