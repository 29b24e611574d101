import { describe, expect, it } from 'vitest';
import { LOAD_FAILURE_TEST_NAME, markLoadFailures } from '../../scripts/mutation/load-failure-reporter';

type RunnerFile = Parameters<typeof markLoadFailures>[0][number];

function file(name: string, state: 'pass' | 'fail', tasks: unknown[] = []): RunnerFile {
  const loadError = { name: 'Error', message: `cannot load ${name}` };
  return {
    type: 'suite',
    id: name,
    name,
    fullName: name,
    mode: 'run',
    meta: {},
    filepath: `/repo/${name}`,
    projectName: undefined,
    tasks,
    result: state === 'fail' ? { state, errors: [loadError] } : { state },
  } as unknown as RunnerFile;
}

describe('markLoadFailures', () => {
  it('gives a file that failed to load one failed test carrying its load error', () => {
    const broken = file('broken.test.ts', 'fail');
    expect(markLoadFailures([broken])).toBe(1);
    expect(broken.tasks).toHaveLength(1);
    const [test] = broken.tasks;
    expect(test).toMatchObject({
      type: 'test',
      name: LOAD_FAILURE_TEST_NAME,
      mode: 'run',
      file: broken,
      suite: broken,
      result: { state: 'fail', errors: [{ message: 'cannot load broken.test.ts' }] },
    });
  });

  it('leaves files that loaded alone, whether their tests passed or failed', () => {
    const failingTest = { type: 'test', name: 'a failing test', result: { state: 'fail' } };
    const passed = file('passed.test.ts', 'pass');
    const failedWithTests = file('failed.test.ts', 'fail', [failingTest]);
    expect(markLoadFailures([passed, failedWithTests])).toBe(0);
    expect(passed.tasks).toEqual([]);
    expect(failedWithTests.tasks).toEqual([failingTest]);
  });
});
