/**
 * Gives a result object a deprecated alias of one of its fields: a getter named `alias` that reads
 * `name`, not enumerable, so it stays out of `Object.keys`, JSON, spreads, `toEqual` and printed
 * values, while code written against the old name keeps working for one minor version. The one
 * mechanism for renamed result fields (listed under **Deprecated** in CHANGELOG.md).
 * 为结果对象的字段添加已弃用的旧名（不可枚举的访问器，不出现在 JSON 与展开中），保留一个次版本。
 * @internal
 */
export function withDeprecatedAlias<T extends object, A extends string, K extends keyof T>(
  value: T,
  alias: A,
  name: K,
): T & { readonly [P in A]: T[K] } {
  Object.defineProperty(value, alias, {
    get(this: T) {
      return this[name];
    },
    enumerable: false,
    configurable: true,
  });
  return value as T & { readonly [P in A]: T[K] };
}
