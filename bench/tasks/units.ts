import type { BenchTask } from '../index';
import { chinaDate, validateIdNumber, yuanToFen } from '../../src/index';

const amounts = Array.from({ length: 1000 }, (_, i) => (i * 137 + 1) / 100);
const ids = Array.from({ length: 1000 }, () => '11010519491231002X');

export const tasks: readonly BenchTask[] = [
  { name: 'units: yuanToFen', unitsPerOp: amounts.length, unit: 'amounts', fn: () => amounts.map(yuanToFen) },
  { name: 'codes: validateIdNumber', unitsPerOp: ids.length, unit: 'ID numbers', fn: () => ids.map(validateIdNumber) },
  {
    name: 'calendar: chinaDate(Date)',
    unitsPerOp: 1000,
    unit: 'dates',
    fn: () => {
      for (let i = 0; i < 1000; i++) chinaDate(new Date(1_585_000_000_000 + i * 3_600_000));
    },
  },
];
