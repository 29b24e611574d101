import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskIdentifier, maskIdNumber, maskName, maskPhone } from '../../src/index';

describe('maskName', () => {
  it('keeps only the first character', () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('王五')).toBe('王*');
    expect(maskName('李')).toBe('*');
    expect(maskName('Li Lei')).toBe('L*****');
  });

  it('counts a character outside the BMP as one, keeps it whole when first, and trims', () => {
    expect(maskName(' 𠀋三 ')).toBe('𠀋*');
    expect(maskName('张𠀋𠀋')).toBe('张**');
    expect(maskName('𠀋')).toBe('*');
    expect(maskName('   ')).toBe('*');
    expect(maskName('张三丰张三丰张三丰张三丰张三丰张三丰张三')).toBe(`张${'*'.repeat(19)}`);
  });

  it('masks as the first character of Array.from followed by one star per further character, for any text', () => {
    const reference = (name: string) => {
      const chars = Array.from(name.trim());
      return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
    };
    // Lone surrogates included: Array.from keeps each as one character, as maskName does.
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 24 }), (name) => maskName(name) === reference(name)), { numRuns: 2000 });
  });

  it('trims every white space and line terminator String.prototype.trim removes, at either end, and nothing else', () => {
    const reference = (name: string) => {
      const chars = Array.from(name.trim());
      return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
    };
    // Every BMP code unit that trim removes, found by trim itself, and some near them that it keeps.
    const removed = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter((ch) => ch.trim() === '');
    expect(removed.length).toBeGreaterThan(20);
    const kept = ['\u0001', '\u001f', '\u0085', '\u180e', '\u200b', '\u2060', '\u3001', '\ufeff', 'a', '张', '𠀋', '\ud800'];
    const unit = fc.constantFrom(...removed, ...kept);
    const name = fc.tuple(fc.array(unit, { maxLength: 3 }), fc.array(fc.constantFrom('张', '三', 'L', 'i', ' ', '𠀋', '\udc00'), { maxLength: 5 }), fc.array(unit, { maxLength: 3 }));
    fc.assert(
      fc.property(name, ([before, middle, after]) => {
        const text = before.join('') + middle.join('') + after.join('');
        expect(maskName(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 2 characters at every length from 7', () => {
    expect(maskIdNumber('52230119800101001X')).toBe('5223************1X');
    expect(maskIdNumber('522301800101001')).toBe('5223*********01');
    expect(maskIdNumber('1234567')).toBe('1234*67');
    expect(maskIdNumber('123456')).toBe('******');
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
