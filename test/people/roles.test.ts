import { describe, expect, it } from 'vitest';
import { familyMemberRole, inviteeRole, professionalRole, withRole } from '../../shared/people/roles';

// An invented family: Wren and Ash Okafor, and the adults around them.
const wren = { id: '00000000-0000-4000-8000-000000000001', displayName: 'Wren Okafor' };
const ash = { id: '00000000-0000-4000-8000-000000000002', displayName: 'Ash Okafor' };
const baby = { id: '00000000-0000-4000-8000-000000000003', displayName: 'Unborn baby Okafor' };
const relation = (child: { id: string }, relationship: string) => ({ childId: child.id, relationship, parentalResponsibility: false });

describe('a person shown with their role', () => {
  it('puts the name first and the role after it, never the role alone', () => {
    expect(withRole('Femi Okafor', 'Stepfather of Wren Okafor; father of Ash Okafor')).toBe('Femi Okafor (Stepfather of Wren Okafor; father of Ash Okafor)');
    expect(withRole('Femi Okafor', '')).toBe('Femi Okafor');
  });

  it('says a stepfather who is also a father is both, child by child', () => {
    const femi = { relationships: [relation(wren, 'Stepfather'), relation(ash, 'Father'), relation(baby, 'Father')] };
    expect(familyMemberRole(femi, [wren, ash, baby])).toBe('Stepfather of Wren Okafor; father of Ash Okafor and Unborn baby Okafor');
  });

  it('uses one word when it is the same for every child', () => {
    const mum = { relationships: [relation(wren, 'Mother'), relation(ash, 'Mother')] };
    expect(familyMemberRole(mum, [wren, ash])).toBe('Mother');
  });

  it('names the children when someone is related to only some of them', () => {
    const stepdad = { relationships: [relation(wren, 'Stepfather')] };
    expect(familyMemberRole(stepdad, [wren, ash])).toBe('Stepfather of Wren Okafor');
  });

  it('keeps capitals a relationship needs, and says "Family" when none is recorded', () => {
    const carer = { relationships: [relation(wren, 'Foster carer'), relation(ash, 'SGO carer')] };
    expect(familyMemberRole(carer, [wren, ash])).toBe('Foster carer of Wren Okafor; SGO carer of Ash Okafor');
    expect(familyMemberRole({ relationships: [] }, [wren])).toBe('Family');
  });

  it('gives minute-takers and business support their own role, not "Other"', () => {
    expect(professionalRole('business-support')).toBe('Minute-taking and business support');
    expect(professionalRole('parent-advocacy')).toBe('Parent advocate');
    expect(inviteeRole({ invitee: { kind: 'professional', agency: 'business-support' } }, { familyMembers: [], children: [] })).not.toBe('Other');
  });
});
