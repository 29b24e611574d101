/** The largest NDJSON line or JSON array element read, in characters (64 MiB); a longer one is a rejected record. */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

/** Stands in for an NDJSON line over the size limit, which the main thread does not send to a worker. @internal */
export const TOO_LARGE_LINE = '\u0000tuopin:too-large';
