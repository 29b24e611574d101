import type {
  EliminationWay,
  FoundBy,
  MeasureKind,
  MonitoringEventType,
  MonitoringState,
  MonitoringType,
  ProtectionKind,
  RiskType,
} from './schema';

// Chinese labels of the monitoring record's values, as the register words them.
// 监测记录各取值的中文名称（与全国防返贫监测信息系统用语一致）。

/** 监测对象类型. */
export const MONITORING_TYPE_ZH: Readonly<Record<MonitoringType, string>> = {
  'unstable-exited': '脱贫不稳定户',
  marginal: '边缘易致贫户',
  'sudden-hardship': '突发严重困难户',
};

/** 风险类型. */
export const RISK_TYPE_ZH: Readonly<Record<RiskType, string>> = {
  illness: '因病',
  disability: '因残',
  schooling: '因学',
  disaster: '因灾',
  accident: '因意外事故',
  'industry-failure': '因产业失败',
  'unstable-employment': '因务工就业不稳',
  'labour-shortage': '缺劳动力',
  'housing-safety': '住房出现安全问题',
  'water-safety': '饮水安全问题',
  other: '其他',
};

/** 发现方式. */
export const FOUND_BY_ZH: Readonly<Record<FoundBy, string>> = {
  'self-reported': '农户自主申报',
  'cadre-screening': '干部排查',
  'department-warning': '部门筛查预警',
};

/** 流程状态. */
export const MONITORING_STATE_ZH: Readonly<Record<MonitoringState, string>> = {
  identified: '已识别（待村评议）',
  'village-reviewed': '村评议',
  'township-checked': '乡镇审核',
  'county-decided': '县确定',
  'under-assistance': '帮扶中',
  'risk-eliminated': '风险已消除',
  'not-included': '未纳入',
};

/** 流程事件. */
export const MONITORING_EVENT_ZH: Readonly<Record<MonitoringEventType, string>> = {
  'village-review': '村评议',
  'township-check': '乡镇审核',
  'county-decision': '县确定',
  'add-measure': '落实帮扶措施',
  'eliminate-risk': '风险消除',
  reject: '不予纳入',
};

/** 帮扶措施类别. */
export const MEASURE_KIND_ZH: Readonly<Record<MeasureKind, string>> = {
  industry: '产业帮扶',
  employment: '就业帮扶',
  'social-protection': '综合保障',
  health: '健康帮扶',
  education: '教育帮扶',
  housing: '住房保障',
  water: '饮水保障',
  other: '其他',
};

/** 综合保障项目. */
export const PROTECTION_KIND_ZH: Readonly<Record<ProtectionKind, string>> = {
  dibao: '低保',
  tekun: '特困供养',
  'disability-allowance': '残疾人补贴',
  other: '其他',
};

/** 风险消除方式. */
export const ELIMINATION_WAY_ZH: Readonly<Record<EliminationWay, string>> = {
  assisted: '帮扶消除',
  natural: '自然消除',
};

/**
 * Other wordings of the monitoring system's values, as county exports and clerks write them,
 * beyond the labels above (always accepted) and the English identifiers. Keys are written as
 * `monitoringValue` compares them: spaces dropped, full-width forms folded, brackets removed.
 * 监测系统各取值的其他常见写法（标签本身与英文标识总是接受）。
 * @internal
 */
export const MONITORING_ALIASES = {
  type: {
    脱贫不稳定: 'unstable-exited',
    边缘易致贫: 'marginal',
    突发严重困难: 'sudden-hardship',
    边缘户: 'marginal',
    边缘易致贫户监测对象: 'marginal',
    // The shortenings of the three types that county documents and clerks write (三类户：
    // 不稳定户、边缘户、突发困难户); none is the label of another type.
    不稳定户: 'unstable-exited',
    突发困难户: 'sudden-hardship',
    突发困难: 'sudden-hardship',
  },
  riskType: {
    意外事故: 'accident',
    产业失败: 'industry-failure',
    务工就业不稳: 'unstable-employment',
    就业不稳: 'unstable-employment',
    缺劳力: 'labour-shortage',
    住房安全问题: 'housing-safety',
    饮水安全: 'water-safety',
  },
  foundBy: {
    自主申报: 'self-reported',
    农户申报: 'self-reported',
    农户主动申报: 'self-reported',
    干部走访排查: 'cadre-screening',
    基层干部排查: 'cadre-screening',
    部门筛查: 'department-warning',
    部门预警: 'department-warning',
  },
  state: {
    已识别: 'identified',
    待村评议: 'identified',
    村级评议: 'village-reviewed',
    村民主评议: 'village-reviewed',
    乡级审核: 'township-checked',
    县级确定: 'county-decided',
    县级审定: 'county-decided',
    已纳入: 'county-decided',
    落实帮扶: 'under-assistance',
    已消除: 'risk-eliminated',
    风险消除: 'risk-eliminated',
    已标注风险消除: 'risk-eliminated',
    不予纳入: 'not-included',
  },
  measureKind: {
    产业: 'industry',
    就业: 'employment',
    健康: 'health',
    教育: 'education',
    住房: 'housing',
    饮水: 'water',
    综合保障措施: 'social-protection',
    兜底保障: 'social-protection',
    社会保障: 'social-protection',
  },
  protection: {
    特困: 'tekun',
    特困人员救助供养: 'tekun',
    残疾人两项补贴: 'disability-allowance',
  },
  eliminationWay: {
    帮扶: 'assisted',
    自然: 'natural',
  },
} as const;
