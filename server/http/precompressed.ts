/**
 * Compressed copies of a cached API body, made at most once per body (so once per
 * plan revision) on zlib's thread pool. A GET of an unchanged plan is then a memory
 * copy whatever the client accepts; @fastify/compress would otherwise compress the
 * same megabyte again for every request, synchronously, on the event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this go as they are (as the compress plugin's threshold). */
export const COMPRESS_THRESHOLD = 1024;

// Brotli first when both are equally welcome, as the compress plugin does.
const negotiator = new Negotiator<Encoding>({ supportedValues: ['br', 'gzip'] });

/** The encoding to send a body of `size` bytes in, from the request's Accept-Encoding; undefined: as it is. */
export function chooseEncoding(acceptEncoding: string | undefined, size: number): Encoding | undefined {
  if (!acceptEncoding || size < COMPRESS_THRESHOLD) return undefined;
  return negotiator.negotiate(acceptEncoding) ?? undefined;
}

const compressBrotli = promisify(brotliCompress);
const compressGzip = promisify(gzip);

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return compressGzip(body);
  // Quality 5: most of brotli's gain on JSON for a fraction of the time of its maximum.
  return compressBrotli(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
}

export class Precompressed {
  private readonly copies = new Map<Encoding, Promise<Buffer>>();

  constructor(private readonly body: Buffer) {}

  /** The body in that encoding; requests that arrive while it is being made share the one compression. */
  get(encoding: Encoding): Promise<Buffer> {
    let copy = this.copies.get(encoding);
    if (!copy) {
      copy = compress(this.body, encoding);
      // A failed compression is not kept: the next request tries again.
      copy.catch(() => this.copies.delete(encoding));
      this.copies.set(encoding, copy);
    }
    return copy;
  }
}
