import { formatPercent } from '../reasons/format';
import { HELP_CATALOG } from './help/catalog';
/**
 * A progress bar on standard error for long inputs: it appears only after `delayMs` of work (so
 * short runs print nothing), only on a terminal, and never with `--quiet`. It redraws at most
 * every 100 ms and clears itself at the end.
 * 标准错误输出上的进度条：仅在终端、且工作超过数秒时显示。
 */
export interface ProgressBar {
  update(done: number, total: number, records: number): void;
  finish(): void;
}

export interface ProgressTarget {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

const NONE: ProgressBar = { update: () => undefined, finish: () => undefined };

export function createProgressBar(target: ProgressTarget, options: { quiet?: boolean; delayMs?: number; now: () => number }): ProgressBar {
  if (options.quiet === true || target.isTTY !== true) return NONE;
  const start = options.now();
  const delay = options.delayMs ?? 2000;
  let last = 0;
  let shown = false;
  return {
    update(done, total, records) {
      const now = options.now();
      if (now - start < delay || now - last < 100) return;
      last = now;
      shown = true;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const width = Math.max(10, Math.min(40, (target.columns ?? 80) - 50));
      const filled = Math.round(share * width);
      const rate = records / Math.max(0.001, (now - start) / 1000);
      target.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${formatPercent(Math.round(share * 1000), 1000, 1).padStart(6)}  ${HELP_CATALOG.render('cli/progress-records', { n: records.toLocaleString('en') }, 'en')}  ${HELP_CATALOG.render('cli/progress-rate', { n: Math.round(rate).toLocaleString('en') }, 'en')} `,
      );
    },
    finish() {
      if (shown) target.write('\r\x1b[2K');
    },
  };
}
