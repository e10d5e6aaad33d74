import { AGENCY_LABELS, type AgencyId } from '../../../shared/authority/agencies';

interface ProfessionalLike {
  readonly name: string;
  readonly role: string;
  readonly agency: AgencyId;
  readonly organisation?: string;
}

/** `Grace Morgan, Health visitor (Health visiting)`: the name, then what they do and for whom. */
export function describeProfessional({ name, role, agency, organisation }: ProfessionalLike): string {
  const where = organisation ? `${AGENCY_LABELS[agency]}, ${organisation}` : AGENCY_LABELS[agency];
  return `${name}, ${role} (${where})`;
}

/** `Health visitor, Health visiting`: the role and agency, for a table column. */
export function roleAndAgency({ role, agency }: Pick<ProfessionalLike, 'role' | 'agency'>): string {
  return `${role}, ${AGENCY_LABELS[agency]}`;
}
