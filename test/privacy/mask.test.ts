import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from '../../src/index';

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
