/**
 * A vitest reporter for mutation runs only: a test file that fails to load becomes one failed
 * test, so Stryker counts the mutant that broke the load as killed.
 *
 * Why: `@stryker-mutator/vitest-runner` 9.6.1 builds a run's result from the tests vitest
 * collected (`collectTestsFromSuite(file)` walks `file.tasks` only, and a run without a failed
 * test is "Survived"). A file whose import throws collects no test at all, so a mutant that makes
 * a module throw on import (a policy table that no longer validates, a catalog that no longer
 * builds) or makes a test file's top-level fixture throw looks alive although the suite does
 * catch it. Upstream: stryker-mutator/stryker-js#6150; no Stryker or runner option changes it.
 *
 * How: when the run ends, every file whose result is `fail` and that holds no task gets one test
 * task in state `fail` carrying the file's load error. Vitest has finished by then, so the task is
 * never run; it only has to be read back by the runner, which keeps `type`, `name`, `mode`,
 * `file`, `suite` and `result`. The cast is there because vitest types a test with a context only
 * it can build, and nothing reads that context once the run is over. Files that loaded are left
 * as they are, whether their tests passed or failed.
 */
import type { Reporter, Vitest } from 'vitest/node';

export const LOAD_FAILURE_TEST_NAME = 'the test file loads';

type RunnerFile = ReturnType<Vitest['state']['getFiles']>[number];
type RunnerTest = Extract<RunnerFile['tasks'][number], { type: 'test' }>;

export function markLoadFailures(files: readonly RunnerFile[]): number {
  let marked = 0;
  for (const file of files) {
    if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
    const errors = file.result.errors ?? [];
    const test = {
      type: 'test',
      id: `${file.id}_load`,
      name: LOAD_FAILURE_TEST_NAME,
      fullName: `${file.name} ${LOAD_FAILURE_TEST_NAME}`,
      fullTestName: LOAD_FAILURE_TEST_NAME,
      mode: 'run',
      meta: {},
      file,
      suite: file,
      timeout: 0,
      annotations: [],
      artifacts: [],
      result: { state: 'fail', errors },
    } as unknown as RunnerTest;
    file.tasks.push(test);
    marked += 1;
  }
  return marked;
}

export default class LoadFailureReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  // The runner reads `vitest.state.getFiles()` once `start` resolves, after this hook.
  onTestRunEnd(): void {
    if (this.vitest) markLoadFailures(this.vitest.state.getFiles());
  }
}
