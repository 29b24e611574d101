import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Policy } from '../policy/schema';
import type { RollupAccumulator } from '../region/create-rollup';
import type { Rejection } from './assess-records';
import type { Encoding } from './decode';
import { MAX_RECORD_CHARS, TOO_LARGE_LINE } from './limits';
import type { FromWorker, ToWorker, WorkerInit } from './worker';

/**
 * Starts a worker: the built `cli-worker.js` beside this file, or, when running from the
 * TypeScript sources (tests), the source module loaded through tsx.
 */
function startWorker(workerData: WorkerInit): Worker {
  // A worker holds at most a few blocks of records at a time: a small young generation keeps its
  // memory flat (short-lived records die young), and the old generation has room to spare.
  // 4 MB: the command peaks at about 178 MB on 400k households, against 192–202 MB with 8 MB and
  // 218 MB with 16, for about 10% more CPU time than 16 MB (docs/performance.md): the 200 MB aim
  // is the one that binds.
  const resourceLimits = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 256 };
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const source = new URL('./worker.ts', here).href;
    const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
    return new Worker(code, { eval: true, workerData, resourceLimits });
  }
  return new Worker(new URL('./cli-worker.js', here), { workerData, resourceLimits });
}

/**
 * The file's bytes as the workers take them, with the count of bytes read: as they are in UTF-8
 * and GB18030/GBK (a line feed byte is never part of another character there), re-encoded to
 * UTF-8 from UTF-16 (where it is: `\n` is 0A 00, and 0A is half of many a character).
 */
function blocksOf(file: string, encoding: Encoding, blockBytes: number): { blocks: AsyncIterable<Buffer>; read: () => number } {
  let read = 0;
  const stream = createReadStream(file, { highWaterMark: blockBytes });
  async function* raw(): AsyncGenerator<Buffer> {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      yield chunk;
    }
  }
  async function* transcoded(): AsyncGenerator<Buffer> {
    // TextDecoder drops a UTF-16 byte-order mark and keeps a character cut between blocks whole.
    const decoder = new TextDecoder(encoding);
    for await (const chunk of raw()) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield Buffer.from(text, 'utf8');
    }
    const rest = decoder.decode();
    if (rest !== '') yield Buffer.from(rest, 'utf8');
  }
  return { blocks: encoding === 'utf-16le' || encoding === 'utf-16be' ? transcoded() : raw(), read: () => read };
}

/**
 * Assesses a large NDJSON file on worker threads: the main thread reads the file in blocks of
 * whole lines and hands them out; each worker parses, validates, assesses and rolls up its blocks;
 * the main thread puts the rejections back in input order and merges the workers' roll-ups.
 * At most two blocks per worker are in flight, so memory does not grow with the input. The text
 * is decoded as on one thread: `encoding` is the file's (forced, or guessed by `fileEncoding`),
 * and `onReplacement` is called once when a block decodes to replacement characters.
 * 多线程评估大型 NDJSON 文件：主线程按整行分块分发，各线程解析、校验、评估并汇总，主线程按输入顺序合并；编码与单线程相同。
 */
export async function assessNdjsonParallel(
  file: string,
  options: {
    readonly asOf: string;
    readonly policy: Policy;
    readonly rollup: RollupAccumulator;
    readonly workers: number;
    readonly onRejection: (r: Rejection) => void;
    readonly onProgress?: (bytes: number, total: number, records: number) => void;
    readonly blockBytes?: number;
    /** The file's encoding (UTF-8 by default). */
    readonly encoding?: Encoding | undefined;
    readonly onReplacement?: (() => void) | undefined;
  },
): Promise<{ records: number; assessed: number; rejected: number }> {
  const total = (await stat(file)).size;
  const encoding = options.encoding ?? 'utf-8';
  const init: WorkerInit = { tuopinWorker: true, asOf: options.asOf, policy: options.policy, encoding: encoding === 'gbk' || encoding === 'gb18030' ? 'gb18030' : 'utf-8' };
  let replaced = false;
  const workers = Array.from({ length: options.workers }, () => startWorker(init));
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));

  let failure: Error | undefined;
  let nextToEmit = 0;
  let records = 0;
  let rejected = 0;
  const done = new Map<number, { records: number; rejections: readonly Rejection[] }>();
  let wake: (() => void) | undefined;
  const snapshots: Promise<void>[] = [];

  const emitInOrder = () => {
    for (let r = done.get(nextToEmit); r !== undefined; r = done.get(nextToEmit)) {
      done.delete(nextToEmit);
      for (const rejection of r.rejections) {
        rejected++;
        options.onRejection({ ...rejection, index: rejection.index + records });
      }
      records += r.records;
      nextToEmit++;
    }
  };

  for (const worker of workers) {
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'chunk') {
        busy.set(worker, (busy.get(worker) ?? 1) - 1);
        done.set(message.seq, { records: message.records, rejections: message.rejections });
        if (message.replacement && !replaced) {
          replaced = true;
          options.onReplacement?.();
        }
        emitInOrder();
      } else if (message.type === 'error') {
        failure ??= new Error(`worker failed: ${message.message}`);
      }
      wake?.();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake?.();
    });
  }

  const waitForRoom = async (limit: number) => {
    while (failure === undefined && [...busy.values()].reduce((a, b) => a + b, 0) >= limit) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  try {
    let seq = 0;
    let line = 1;
    let carry: Buffer = Buffer.alloc(0);
    const source = blocksOf(file, encoding, options.blockBytes ?? 1 << 19);
    const send = (bytes: Buffer) => {
      // The least busy worker takes the block.
      let target = workers[0] as Worker;
      for (const w of workers) if ((busy.get(w) ?? 0) < (busy.get(target) ?? 0)) target = w;
      busy.set(target, (busy.get(target) ?? 0) + 1);
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      const message: ToWorker = { type: 'chunk', seq: seq++, firstLine: line, bytes: copy };
      target.postMessage(message, [copy.buffer]);
      for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) line++;
    };
    let first = true;
    let oversized = false;
    for await (let chunk of source.blocks) {
      const read = source.read();
      if (first) {
        first = false;
        // A UTF-8 byte-order mark, as the one-thread reader drops it.
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      const last = chunk.lastIndexOf(10);
      if (last < 0) {
        // A line over the size limit is not kept: the worker gets a marker line in its place,
        // and rejects it as too large (a 36 MB line would run a worker out of memory).
        if (oversized || carry.length + chunk.length > MAX_RECORD_CHARS) {
          oversized = true;
          carry = Buffer.alloc(0);
        } else carry = Buffer.concat([carry, chunk]);
        continue;
      }
      if (oversized) {
        oversized = false;
        carry = Buffer.from(TOO_LARGE_LINE);
        chunk = chunk.subarray(chunk.indexOf(10));
        const first = chunk.lastIndexOf(10);
        const block = Buffer.concat([carry, chunk.subarray(0, first + 1)]);
        carry = Buffer.from(chunk.subarray(first + 1));
        await waitForRoom(options.workers * 2);
        if (failure !== undefined) throw failure;
        send(block);
        options.onProgress?.(read, total, records);
        continue;
      }
      const block = carry.length > 0 ? Buffer.concat([carry, chunk.subarray(0, last + 1)]) : chunk.subarray(0, last + 1);
      carry = Buffer.from(chunk.subarray(last + 1));
      await waitForRoom(options.workers * 2);
      if (failure !== undefined) throw failure;
      send(block);
      options.onProgress?.(read, total, records);
    }
    if (oversized) carry = Buffer.from(TOO_LARGE_LINE);
    if (carry.length > 0) {
      await waitForRoom(options.workers * 2);
      send(carry);
    }
    await waitForRoom(1);
    if (failure !== undefined) throw failure;
    emitInOrder();
    for (const worker of workers) {
      snapshots.push(
        new Promise<void>((resolve, reject) => {
          worker.on('message', (message: FromWorker) => {
            if (message.type === 'snapshot') {
              options.rollup.merge(message.snapshot);
              resolve();
            }
          });
          worker.on('error', reject);
        }),
      );
      worker.postMessage({ type: 'finish' } satisfies ToWorker);
    }
    await Promise.all(snapshots);
    return { records, assessed: records - rejected, rejected };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
