import type { Evidence, Path, Reason } from '../reasons/types';
import { MONITORING_CATALOG } from './catalog';
import type { MonitoringReasonCode } from './messages';

/**
 * Builds a reason of the monitoring concept from {@link MONITORING_CATALOG}: the one place its
 * messages are rendered (the code is checked by the type system).
 * @internal
 */
export function monitoringReason(code: MonitoringReasonCode, path: Path, evidence: Evidence = {}): Reason {
  const kind = MONITORING_CATALOG.kind(code);
  return { code, path, evidence, message: { 'zh-CN': kind.zh(evidence), en: kind.en(evidence) } };
}
