import { LEDGER_EVENT_ZH, LEDGER_STATUS_ZH } from '../ledger/messages';
import {
  ELIMINATION_WAY_ZH,
  FOUND_BY_ZH,
  MEASURE_KIND_ZH,
  MONITORING_EVENT_ZH,
  MONITORING_STATE_ZH,
  MONITORING_TYPE_ZH,
  PROTECTION_KIND_ZH,
  RISK_TYPE_ZH,
} from '../monitoring/labels';
import { BOUNDARY_ZH, INCOME_BASIS_ZH, MEDICAL_REQUIREMENT_ZH, MONITORING_BASIS_ZH } from '../policy/labels';
import { COUNTY_STATUS_ZH } from '../region/labels';
import { REGISTER_LABELS } from '../register/labels';
import { REPORT_MESSAGES } from '../report/messages';

// The Chinese label of every enum of the records and tables, found by the enum's values, so that
// a validation message names the expected values in Chinese (期望 户主、配偶、之子…之一). The
// tables are those of the concepts (register, ledger, monitoring, policy, region, and the labels
// of the report catalog); none is written here.
// 按取值列表查找各枚举的中文名称（校验消息用）；名称表均取自各概念，此处不重复书写。

type Table = Readonly<Record<string, string>>;

/** The labels of the report catalog under one prefix (`industry/tea` → `tea: 茶叶`). */
function reportTable(prefix: string): Table {
  const table: Record<string, string> = {};
  for (const [code, template] of Object.entries(REPORT_MESSAGES)) {
    if (code.startsWith(prefix)) table[code.slice(prefix.length)] = template['zh-CN']({});
  }
  return table;
}

const keyOf = (values: readonly string[]): string => [...values].sort().join('\u0000');

let byValues: Map<string, Table> | undefined;

function tables(): Map<string, Table> {
  if (byValues !== undefined) return byValues;
  const all: Table[] = [
    ...Object.values(REGISTER_LABELS),
    LEDGER_STATUS_ZH,
    LEDGER_EVENT_ZH,
    MONITORING_TYPE_ZH,
    RISK_TYPE_ZH,
    FOUND_BY_ZH,
    MONITORING_STATE_ZH,
    MONITORING_EVENT_ZH,
    MEASURE_KIND_ZH,
    PROTECTION_KIND_ZH,
    ELIMINATION_WAY_ZH,
    INCOME_BASIS_ZH,
    BOUNDARY_ZH,
    MONITORING_BASIS_ZH,
    MEDICAL_REQUIREMENT_ZH,
    COUNTY_STATUS_ZH,
    ...['ledger-category/', 'ledger-source/', 'zone-kind/', 'industry/', 'element-status/', 'linkage-mode/', 'patch-status/', 'horizon/'].map(reportTable),
  ];
  byValues = new Map();
  for (const table of all) byValues.set(keyOf(Object.keys(table)), table);
  return byValues;
}

/**
 * The Chinese labels of an enum's values, looked up by its whole list of values (in any order),
 * or `undefined` for a list that is no labelled enum.
 * 按取值列表查找枚举的中文名称；不是已知枚举时返回 undefined。
 *
 * @example
 * enumLabels(['open', 'rectifying', 'awaiting-acceptance', 'closed']) //=> ['待整改', '整改中', '待验收', '已销号']
 * enumLabels(['male', 'female']) //=> ['男', '女']
 * enumLabels(['yes', 'no']) //=> undefined
 * @internal
 */
export function enumLabels(values: readonly unknown[]): readonly string[] | undefined {
  const table = tables().get(keyOf(values.map(String)));
  return table === undefined ? undefined : values.map((v) => table[String(v)] as string);
}
