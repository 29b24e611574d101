import { defineCatalog } from '../reasons/define-catalog';

/**
 * The messages of the date functions' errors, thrown as `InvalidDateError` with code
 * `date/invalid`. 日期函数的错误消息。
 *
 * @example
 * CALENDAR_ERRORS.render('date/not-calendar-date', { given: '"2020-02-30"' }, 'zh-CN') //=> '"2020-02-30" 不是 YYYY-MM-DD 格式的有效日期'
 */
export const CALENDAR_ERRORS = defineCatalog('calendar-errors', {
  'date/not-calendar-date': {
    'zh-CN': (e) => `${String(e.given)} 不是 YYYY-MM-DD 格式的有效日期`,
    en: (e) => `${String(e.given)} is not a YYYY-MM-DD date`,
  },
  'date/not-iso': {
    'zh-CN': (e) => `${String(e.given)} 不是 ISO 日期或时间`,
    en: (e) => `${String(e.given)} is not an ISO date or date-time`,
  },
  'date/missing': {
    'zh-CN': () => '未给出日期（例如评估日期 asOf）',
    en: () => 'no date was given (such as the asOf of an assessment)',
  },
  'date/not-a-date': {
    'zh-CN': (e) => `${String(e.given)} 不是有效日期`,
    en: (e) => `${String(e.given)} is not a valid date`,
  },
});
