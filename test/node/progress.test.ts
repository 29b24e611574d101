import { describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/node/progress';

function target(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 100, write: (t: string) => writes.push(t) } };
}

describe('createProgressBar', () => {
  it('stays silent during the first seconds, then draws on a terminal and clears at the end', () => {
    let now = 0;
    const t = target(true);
    const bar = createProgressBar(t.stream, { now: () => now, delayMs: 2000 });
    now = 1000;
    bar.update(10, 100, 5);
    expect(t.writes).toEqual([]);
    now = 2500;
    bar.update(50, 100, 25);
    expect(t.writes).toHaveLength(1);
    expect(t.writes[0]).toMatch(/^\r\[#+\.+\]  50\.0%  25 records/);
    now = 2550;
    bar.update(60, 100, 30);
    expect(t.writes).toHaveLength(1);
    bar.finish();
    expect(t.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('never draws when not on a terminal or with --quiet', () => {
    let now = 0;
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const t = target(isTTY);
      const bar = createProgressBar(t.stream, { now: () => now, quiet });
      now += 10_000;
      bar.update(1, 2, 1);
      bar.finish();
      expect(t.writes).toEqual([]);
    }
  });
});
