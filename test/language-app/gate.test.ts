import { describe, expect, it } from 'vitest';
import { checkText, familyPlanGate, type Finding } from '../../shared/language';

const finding = (severity: Finding['severity']): Finding => ({
  ruleId: 'acronym.unexplained',
  category: 'acronym',
  severity,
  start: 0,
  end: 5,
  text: 'MACPT',
  message: 'Explain it.',
  suggestions: [],
});

describe('the family plan gate', () => {
  it('allows the plan when no error-level findings remain', () => {
    expect(familyPlanGate([], null)).toMatchObject({ allowed: true, errors: 0, overridden: false });
    expect(familyPlanGate([finding('warning'), finding('info')], null)).toMatchObject({ allowed: true, errors: 0 });
  });

  it('holds the plan back while error-level findings remain, saying how many and what to do', () => {
    const one = familyPlanGate([finding('error'), finding('warning')], null);
    expect(one).toMatchObject({ allowed: false, errors: 1, overridden: false });
    expect(one.reason).toMatch(/^One wording problem/);
    expect(one.reason).toContain('chair records why');
    expect(familyPlanGate([finding('error'), finding('error')], undefined).reason).toMatch(/^2 wording problems/);
  });

  it('allows it with the chair’s override reason, and says so', () => {
    const result = familyPlanGate([finding('error')], { reason: '  The family asked for the plan today; we will explain MACPT at the visit.  ' });
    expect(result).toMatchObject({ allowed: true, errors: 1, overridden: true });
    expect(result.reason).toContain('we will explain MACPT at the visit.');
  });

  it('does not take a blank or token reason as an override', () => {
    expect(familyPlanGate([finding('error')], { reason: '   ' })).toMatchObject({ allowed: false, overridden: false });
    const short = familyPlanGate([finding('error')], { reason: 'ok' });
    expect(short.allowed).toBe(false);
    expect(short.reason).toContain('too short');
  });

  it('works on the engine’s own findings for family-facing text', () => {
    const text = 'The MACPT will see Ruby at school.';
    const findings = checkText(text, { audience: 'family', names: ['Ruby'] });
    expect(familyPlanGate(findings, null).allowed).toBe(false);
    expect(familyPlanGate(checkText(text, { audience: 'professional', names: ['Ruby'] }), null).allowed).toBe(true);
  });
});
