// Worker thread of the .xls/.ods reader: reads one workbook with SheetJS and sends back its rows,
// so that the main thread can give up on a damaged file that makes SheetJS loop.
// .xls/.ods 读取的工作线程。
import { parentPort, workerData } from 'node:worker_threads';
import { readLegacyWorkbook, ReaderMissingError, type FromSheetWorker } from './sheetjs';
import { libraryLine, SpreadsheetError } from './xlsx';
import type { Encoding } from './decode';

// Only on a reading thread (a module scan that imports every file must not start a read).
const file = (workerData as { file?: unknown } | null)?.file;
const html = (workerData as { html?: Encoding } | null)?.html;

if (parentPort !== null && typeof file === 'string') void readLegacyWorkbook(file, html).then(
  (data) => parentPort?.postMessage({ type: 'done', data } satisfies FromSheetWorker),
  (error: unknown) => {
    let message: FromSheetWorker;
    if (error instanceof ReaderMissingError) message = { type: 'missing' };
    else if (error instanceof SpreadsheetError) message = { type: 'error', kind: error.kind, message: error.message, evidence: error.evidence };
    else message = { type: 'error', kind: 'damaged', message: 'error', evidence: { damage: 'legacy-failed', library: libraryLine(error) } };
    parentPort?.postMessage(message);
  },
);
