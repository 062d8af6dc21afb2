export type PasswordRule = 'length' | 'upper' | 'lower' | 'digit' | 'special';

const checks: Record<PasswordRule, (password: string) => boolean> = {
  length: (p) => p.length >= 8,
  upper: (p) => /\p{Lu}/u.test(p),
  lower: (p) => /\p{Ll}/u.test(p),
  digit: (p) => /\p{Nd}/u.test(p),
  special: (p) => /[^\p{L}\p{Nd}\s]/u.test(p),
};

export const PASSWORD_RULES = Object.keys(checks) as PasswordRule[];

export type Strength = 'empty' | 'weak' | 'fair' | 'good' | 'strong';

export interface PasswordAssessment {
  rules: Record<PasswordRule, boolean>;
  valid: boolean;
  strength: Strength;
  /** 0..4, for the strength bar. */
  score: number;
}

/** The server's policy: at least 8 characters with an upper- and lower-case letter, a digit and a special character. */
export function assessPassword(password: string): PasswordAssessment {
  const rules = Object.fromEntries(PASSWORD_RULES.map((rule) => [rule, checks[rule](password)])) as Record<PasswordRule, boolean>;
  const valid = PASSWORD_RULES.every((rule) => rules[rule]);
  if (password.length === 0) return { rules, valid, strength: 'empty', score: 0 };
  const met = PASSWORD_RULES.filter((rule) => rules[rule]).length;
  let score: number;
  if (!valid) score = met >= 4 ? 2 : 1;
  else score = password.length >= 14 ? 4 : password.length >= 11 ? 3 : 2;
  if (valid && score === 2 && new Set(password).size >= 8) score = 3;
  const strength: Strength = (['weak', 'weak', 'fair', 'good', 'strong'] as const)[score] ?? 'weak';
  return { rules, valid, strength, score };
}
