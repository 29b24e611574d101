import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { argumentError } from '../../src/node/commands/args';
import { run } from './cli-harness';

// node:util's parseArgs errors become catalog usage errors naming the option, in both languages.
describe('argument errors of parseArgs', () => {
  const first = (stderr: string) => stderr.split('\n')[0];

  it('names an unknown option in Chinese and English', async () => {
    const { code, stderr } = await run('audit', 'register.csv', '--wide');
    expect(code).toBe(2);
    expect(first(stderr)).toBe('tuopin: 未知选项 --wide / unknown option --wide');
    expect(stderr).toContain('运行 `tuopin audit --help` 查看用法 / run `tuopin audit --help` for usage');
    expect(stderr).not.toMatch(/To specify|positional/);
    expect(first((await run('plan', 'plan.json', '-x')).stderr)).toBe('tuopin: 未知选项 -x / unknown option -x');
  });

  it('says an option needs a value, also when the next word is an option', async () => {
    for (const argv of [['assess', 'f.csv', '--villages'], ['assess', 'f.csv', '--villages', '--strict']]) {
      const { code, stderr } = await run(...argv);
      expect(code).toBe(2);
      expect(first(stderr)).toBe('tuopin: 选项 --villages 需要一个值 / option --villages needs a value');
    }
  });

  it('says a switch takes no value', async () => {
    const { code, stderr } = await run('assess', 'f.csv', '--strict=yes');
    expect(code).toBe(2);
    expect(first(stderr)).toBe('tuopin: 选项 --strict 不带值 / option --strict takes no value');
  });

  it('names an unexpected argument, quoted, and keeps node text only for an error without a known code', () => {
    let error: unknown;
    try {
      parseArgs({ args: ['stray'], options: {}, allowPositionals: false, strict: true });
    } catch (e) {
      error = e;
    }
    const positional = argumentError(error, 'demo');
    expect(positional.detail).toEqual({ 'zh-CN': '多余的参数 "stray"', en: 'unexpected argument "stray"' });
    expect(positional.command).toBe('demo');
    expect(argumentError(new Error('something else')).detail).toEqual({ 'zh-CN': '参数有误：something else', en: 'bad option: something else' });
  });

  it('escapes control characters of a typed option', async () => {
    const { stderr } = await run('assess', '--bad\u001b[2J');
    expect(first(stderr)).toBe('tuopin: 未知选项 --bad\\u001b[2J / unknown option --bad\\u001b[2J');
  });
});
