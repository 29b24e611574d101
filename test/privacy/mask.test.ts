import { describe, expect, it } from 'vitest';
import { maskIdentifier, maskName, maskPhone } from '../../src/index';

describe('maskName', () => {
  it('keeps only the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('王五')).toBe('王*');
    expect(maskName('李')).toBe('*');
    expect(maskName('Li Lei')).toBe('L*****');
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0851-1234')).toBe('*******34');
  });
});

describe('maskIdentifier', () => {
  it('masks ID-number runs and Chinese names, and leaves other ids alone', () => {
    expect(maskIdentifier('H-0001')).toBe('H-0001');
    expect(maskIdentifier('522601101201-00042')).toBe('522601101201-00042');
    expect(maskIdentifier('11010519491231002X-housing')).toBe('1101************2X-housing');
    expect(maskIdentifier('110105491231002')).toBe('1101*********02');
    expect(maskIdentifier('司马懿明')).toBe('司***');
  });

  it('masks phones, spaced and full-width ID numbers, and names in any script', () => {
    expect(maskIdentifier('1101 0519 4912 3100 2X')).toBe('1101************2X');
    expect(maskIdentifier('１１０１０５１９４９１２３１００２Ｘ')).toBe('1101************2X');
    expect(maskIdentifier('H-13812345678')).toBe('H-138****5678');
    expect(maskIdentifier('138 1234 5678')).toBe('138****5678');
    expect(maskIdentifier('0851-12345678')).toBe('085*****5678');
    expect(maskIdentifier('Zhang San')).toBe('Z********');
    expect(maskIdentifier('𠮷野家')).toBe('𠮷**');
    expect(maskIdentifier('村支书欧阳明月')).toBe('村******');
    expect(maskIdentifier('L-2020-0001')).toBe('L-2020-0001');
    expect(maskIdentifier('housing-h1')).toBe('housing-h1');
  });
});
