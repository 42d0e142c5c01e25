import { describe, expect, it } from 'vitest';
import { formatVerificationCode, normalizeVerificationCode } from '../../shared/offerFile/verificationCode';

describe('verification code text', () => {
  it('groups 12 digits in fours for reading aloud', () => {
    expect(formatVerificationCode('123456789012')).toBe('1234 5678 9012');
  });
  it.each([
    ['1234 5678 9012', '123456789012'],
    ['1234-5678-9012', '123456789012'],
    ['１２３４５６７８９０１２', '123456789012'],
    [' 123456789012 ', '123456789012'],
  ])('reads %s as typed', (typed, digits) => {
    expect(normalizeVerificationCode(typed)).toBe(digits);
  });
  it.each(['', '1234', '1234 5678 901x', '1234567890123', '１２３'])('refuses %s', (typed) => {
    expect(normalizeVerificationCode(typed)).toBeNull();
  });
});
