import { defineCatalog } from '../reasons/define-catalog';

/**
 * The messages of the money functions' errors, thrown as `InvalidAmountError` with the catalog
 * key as `code`. 金额换算函数的错误消息。
 *
 * @example
 * UNITS_ERRORS.render('amount/not-integer-fen', { given: '1.5' }, 'zh-CN') //=> '1.5 不是整数分'
 */
export const UNITS_ERRORS = defineCatalog('units-errors', {
  'amount/invalid': {
    'zh-CN': (e) => `${String(e.given)} 不是至多两位小数的元金额`,
    en: (e) => `${String(e.given)} is not an amount of yuan with at most two decimals`,
  },
  'amount/not-integer-fen': {
    'zh-CN': (e) => `${String(e.given)} 不是整数分`,
    en: (e) => `${String(e.given)} is not an integer number of fen`,
  },
});
