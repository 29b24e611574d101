import { expect } from 'vitest';
import { isLazyReason, plainReason } from '../src/reasons/reason';

// The library's reasons render `message` on demand (a prototype getter), which `toEqual` does
// not read. So that a test comparing a reason with a plain `{ code, path, evidence, message }`
// still compares the rendered messages, a reason is compared in its plain form (both locales
// rendered). Without this tester such a comparison fails (the message would be unseen).
expect.addEqualityTesters([
  function reasonInPlainForm(a: unknown, b: unknown, customTesters) {
    const lazyA = isLazyReason(a);
    const lazyB = isLazyReason(b);
    if (!lazyA && !lazyB) return undefined;
    return this.equals(lazyA ? plainReason(a) : a, lazyB ? plainReason(b) : b, customTesters);
  },
]);
