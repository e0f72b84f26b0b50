import { describe, expect, it } from '@jest/globals';
import { maskIdNumber, maskName, maskPhone } from './masking.js';

describe('masking of personal data (DESIGN "Personnel and credentials", "Supervision and complaints")', () => {
  it('DESIGN: an ID number shows its first 4 and last 4 characters: 6501**********1234', () => {
    expect(maskIdNumber('650102198001011234')).toBe('6501**********1234');
    expect(maskIdNumber(' 65010219800101123X ')).toBe('6501**********123X');
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber('')).toBeNull();
  });

  it('a name keeps its first character', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳小明')).toBe('欧***');
    expect(maskName('王')).toBe('*');
    expect(maskName(null)).toBeNull();
  });

  it('a mobile keeps 3 + 4 digits, a landline its area code and last 3', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('0991-2381341')).toBe('0991*****341');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone(undefined)).toBeNull();
  });
});
