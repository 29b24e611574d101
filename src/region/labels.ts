import type { CountyStatus } from './schema';

/** 贫困县摘帽状态, as the register words it. 贫困县摘帽状态的中文名称。 */
export const COUNTY_STATUS_ZH: Readonly<Record<CountyStatus, string>> = { 'not-exited': '未摘帽', proposed: '拟摘帽', exited: '已摘帽' };
