// Worker thread of `tuopin assess` for large NDJSON inputs: receives chunks of whole lines, parses,
// validates and assesses each record, adds it to its own roll-up, and returns the rejections of
// each chunk; at the end it returns its roll-up snapshot for the main thread to merge.
import { parentPort, workerData } from 'node:worker_threads';
import { createRollup } from '../region/create-rollup';
import type { Policy } from '../policy/schema';
import { assessItemsSync, type Rejection } from './assess-records';
import { jsonErrorDetail } from './json-error';
import { MAX_RECORD_CHARS, TOO_LARGE_LINE } from './limits';
import { readIssue } from './messages';
import type { SourceItem } from './read-records';

export interface WorkerInit {
  /** Marks the thread as a tuopin assessment worker (and not, say, a test runner's). */
  readonly tuopinWorker: true;
  readonly asOf: string;
  readonly policy: Policy;
  /**
   * The encoding of the chunks: the file's own where a line feed byte can only end a line
   * (UTF-8, GB18030/GBK); UTF-16 files reach the workers as UTF-8, re-encoded by the main thread.
   */
  readonly encoding: 'utf-8' | 'gb18030';
}

export type ToWorker =
  | { readonly type: 'chunk'; readonly seq: number; readonly firstLine: number; readonly bytes: Uint8Array }
  | { readonly type: 'finish' };

export type FromWorker =
  | {
      readonly type: 'chunk';
      readonly seq: number;
      readonly records: number;
      readonly rejections: readonly Rejection[];
      /** The chunk decoded to replacement characters (U+FFFD): the wrong encoding? */
      readonly replacement: boolean;
    }
  | { readonly type: 'snapshot'; readonly snapshot: ReturnType<ReturnType<typeof createRollup>['snapshot']> }
  | { readonly type: 'error'; readonly message: string };

/** Items of one chunk, with chunk-local indices (the main thread adds the offset). */
export function* chunkItems(text: string, firstLine: number): Generator<SourceItem> {
  let index = 0;
  let line = firstLine - 1;
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    line++;
    const body = text.slice(start, end);
    start = end + 1;
    // Blank lines are skipped exactly as the one-thread reader skips them.
    if (body.trim() === '') continue;
    if (body === TOO_LARGE_LINE) {
      yield { index: index++, row: line, issues: [readIssue('input/too-large', { row: line, limit: MAX_RECORD_CHARS })] };
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(body);
    } catch (error) {
      yield { index: index++, row: line, issues: [readIssue('input/malformed-json', { row: line, ...jsonErrorDetail(error) })] };
      continue;
    }
    if (Array.isArray(record)) {
      yield { index: index++, row: line, issues: [readIssue('input/array-line', { row: line, count: record.length })] };
      continue;
    }
    yield { index: index++, row: line, record };
  }
}

if (parentPort !== null && (workerData as Partial<WorkerInit> | undefined)?.tuopinWorker === true) {
  const port = parentPort;
  const init = workerData as WorkerInit;
  const rollup = createRollup();
  // Chunks hold whole lines, so no character is cut between two of them.
  const decoder = new TextDecoder(init.encoding);
  port.on('message', (message: ToWorker) => {
    {
      try {
        if (message.type === 'finish') {
          port.postMessage({ type: 'snapshot', snapshot: rollup.snapshot() } satisfies FromWorker);
          return;
        }
        const rejections: Rejection[] = [];
        const text = decoder.decode(message.bytes);
        const counts = assessItemsSync(chunkItems(text, message.firstLine), {
          asOf: init.asOf,
          policy: init.policy,
          rollup,
          onRejection: (r) => rejections.push(r),
        });
        port.postMessage({ type: 'chunk', seq: message.seq, records: counts.records, rejections, replacement: text.includes('\ufffd') } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ type: 'error', message: (error as Error).stack ?? String(error) } satisfies FromWorker);
      }
    }
  });
}
