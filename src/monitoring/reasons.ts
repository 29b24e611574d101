import type { Evidence, Path, Reason } from '../reasons/types';
import { MONITORING_MESSAGES, type MonitoringReasonCode } from './messages';

/**
 * Builds a reason of the monitoring concept from {@link MONITORING_MESSAGES}: the one place its
 * messages are rendered (the code is checked by the type system).
 * @internal
 */
export function monitoringReason(code: MonitoringReasonCode, path: Path, evidence: Evidence = {}): Reason {
  const template = MONITORING_MESSAGES[code];
  return { code, path, evidence, message: { 'zh-CN': template['zh-CN'](evidence), en: template.en(evidence) } };
}
