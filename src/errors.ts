import type { Evidence, Message } from './reasons/types';
import type { ValidationIssue } from './validation/issues';

/**
 * Programmer errors (broken invariants) thrown by tuopin. Untrusted records never throw: they get
 * structured results. Every message starts with the stable prefix `tuopin:` followed by the code.
 *
 * 程序错误（违反前置条件）抛出的异常。外部数据不会抛异常，而是返回结构化结果。
 */
export class TuopinError extends Error {
  /** Stable machine-readable code, e.g. `amount/too-many-decimals`. */
  readonly code: string;
  /**
   * What the message rests on (personal data masked), for an error whose message comes from a
   * catalog (see `catalogError`); `{}` otherwise. 错误所依据的证据（个人信息已脱敏）。
   */
  readonly evidence: Evidence;
  /**
   * The message in every locale, without the `tuopin: code:` prefix, for an error whose message
   * comes from a catalog; `undefined` otherwise. `message` is `tuopin: code: 中文 / English`.
   * 各语言的错误消息（不含前缀）。
   */
  readonly localized: Message | undefined;

  constructor(code: string, message: string, detail?: { readonly evidence: Evidence; readonly localized: Message }) {
    super(`tuopin: ${code}: ${message}`);
    this.name = 'TuopinError';
    this.code = code;
    this.evidence = detail?.evidence ?? {};
    this.localized = detail?.localized;
  }
}

/** An amount of money that is not a finite number of yuan with at most two decimals. */
export class InvalidAmountError extends TuopinError {
  constructor(code: string, message: string, detail?: { readonly evidence: Evidence; readonly localized: Message }) {
    super(code, message, detail);
    this.name = 'InvalidAmountError';
  }
}

/** A date argument (`asOf`, a birth date, a deadline) that is not a real calendar date or instant. */
export class InvalidDateError extends TuopinError {
  constructor(code: string, message: string, detail?: { readonly evidence: Evidence; readonly localized: Message }) {
    super(code, message, detail);
    this.name = 'InvalidDateError';
  }
}

/**
 * A policy table or override that is not valid. `issues` gives each problem with its path in the
 * caller's overrides and its message in Chinese and English (empty for an unknown key).
 */
export class PolicyError extends TuopinError {
  readonly issues: readonly ValidationIssue[];

  constructor(code: string, message: string, issues: readonly ValidationIssue[] = [], detail?: { readonly evidence: Evidence; readonly localized: Message }) {
    super(code, message, detail);
    this.name = 'PolicyError';
    this.issues = issues;
  }
}

/** An argument outside the domain a function is defined on (a zero population, a zero area). */
export class DomainError extends TuopinError {
  constructor(code: string, message: string, detail?: { readonly evidence: Evidence; readonly localized: Message }) {
    super(code, message, detail);
    this.name = 'DomainError';
  }
}
