import { describe, expect, it } from 'vitest';
import { assessPassword } from './passwordPolicy';

describe('assessPassword', () => {
  it('reports each rule of the server policy separately', () => {
    expect(assessPassword('abc').rules).toEqual({ length: false, upper: false, lower: true, digit: false, special: false });
    expect(assessPassword('ABCDEFGH1!').rules).toEqual({ length: true, upper: true, lower: false, digit: true, special: true });
  });

  it('accepts a password only when every rule holds', () => {
    expect(assessPassword('Str0ng!Passw0rd#').valid).toBe(true);
    expect(assessPassword('Str0ngPassw0rd').valid).toBe(false);
    expect(assessPassword('str0ng!passw0rd').valid).toBe(false);
    expect(assessPassword('S0!a').valid).toBe(false);
  });

  it('treats non-ASCII letters and symbols by their Unicode category', () => {
    expect(assessPassword('Éléphant9€').valid).toBe(true);
    expect(assessPassword('Abcdefg1 ').rules.special).toBe(false);
  });

  it('grades strength from empty to strong', () => {
    expect(assessPassword('').strength).toBe('empty');
    expect(assessPassword('abc').strength).toBe('weak');
    expect(assessPassword('Abcdefg1').strength).toBe('fair');
    expect(assessPassword('Aaaaaaa1!').strength).toBe('fair');
    expect(assessPassword('Tr4ding!Dsk').strength).toBe('good');
    expect(assessPassword('Str0ng!Passw0rd#').strength).toBe('strong');
  });
});
