import type { Child, ChildDetails, FamilyMember, FamilyMemberDetails, Relationship } from '../../shared/family/schema';
import type { Db } from '../open';

interface ChildRow {
  readonly id: string;
  readonly family_id: string;
  readonly given_name: string;
  readonly family_name: string;
  readonly date_of_birth: string | null;
  readonly expected_delivery_date: string | null;
  readonly gender: string;
  readonly ethnicity: string;
  readonly school_or_setting: string;
  readonly first_language: string;
  readonly interpreter_language: string;
  readonly interpreter_dialect: string;
  readonly communication_needs: string;
  readonly cms_person_id: string;
}

/** An unborn baby is "Unborn baby Mills" until the birth is recorded. */
export function childDisplayName(child: { givenName: string; familyName: string; dateOfBirth: string | null }): string {
  return child.dateOfBirth === null ? `Unborn baby ${child.familyName}` : `${child.givenName} ${child.familyName}`;
}

function toChild(row: ChildRow): Child {
  const child = {
    id: row.id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    expectedDeliveryDate: row.expected_delivery_date,
    gender: row.gender,
    ethnicity: row.ethnicity,
    schoolOrSetting: row.school_or_setting,
    firstLanguage: row.first_language,
    interpreterLanguage: row.interpreter_language,
    interpreterDialect: row.interpreter_dialect,
    communicationNeeds: row.communication_needs,
    cmsPersonId: row.cms_person_id,
  };
  return { ...child, displayName: childDisplayName(child), isUnborn: row.date_of_birth === null };
}

function childParams(details: ChildDetails) {
  return {
    given_name: details.givenName,
    family_name: details.familyName,
    date_of_birth: details.dateOfBirth,
    expected_delivery_date: details.expectedDeliveryDate,
    gender: details.gender,
    ethnicity: details.ethnicity,
    school_or_setting: details.schoolOrSetting,
    first_language: details.firstLanguage,
    interpreter_language: details.interpreterLanguage,
    interpreter_dialect: details.interpreterDialect,
    communication_needs: details.communicationNeeds,
    cms_person_id: details.cmsPersonId,
  };
}

export function listChildren(db: Db, familyId: string): Child[] {
  return (db.prepare('SELECT * FROM child WHERE family_id = ? ORDER BY position').all(familyId) as ChildRow[]).map(toChild);
}

export function findChild(db: Db, childId: string): (Child & { familyId: string }) | undefined {
  const row = db.prepare('SELECT * FROM child WHERE id = ?').get(childId) as ChildRow | undefined;
  return row ? { ...toChild(row), familyId: row.family_id } : undefined;
}

export function insertChild(db: Db, child: { id: string; familyId: string; at: string; details: ChildDetails }): void {
  db.prepare(
    `INSERT INTO child (id, family_id, given_name, family_name, date_of_birth, expected_delivery_date, gender, ethnicity,
       school_or_setting, first_language, interpreter_language, interpreter_dialect, communication_needs, cms_person_id, position, created_at, updated_at)
     VALUES (@id, @family_id, @given_name, @family_name, @date_of_birth, @expected_delivery_date, @gender, @ethnicity,
       @school_or_setting, @first_language, @interpreter_language, @interpreter_dialect, @communication_needs, @cms_person_id,
       (SELECT coalesce(max(position), -1) + 1 FROM child WHERE family_id = @family_id), @at, @at)`,
  ).run({ id: child.id, family_id: child.familyId, at: child.at, ...childParams(child.details) });
}

export function updateChild(db: Db, childId: string, details: ChildDetails, at: string): void {
  db.prepare(
    `UPDATE child SET given_name = @given_name, family_name = @family_name, date_of_birth = @date_of_birth,
       expected_delivery_date = @expected_delivery_date, gender = @gender, ethnicity = @ethnicity,
       school_or_setting = @school_or_setting, first_language = @first_language, interpreter_language = @interpreter_language,
       interpreter_dialect = @interpreter_dialect, communication_needs = @communication_needs, cms_person_id = @cms_person_id, updated_at = @at
     WHERE id = @id`,
  ).run({ id: childId, at, ...childParams(details) });
}

export function deleteChild(db: Db, childId: string): void {
  db.prepare('DELETE FROM child WHERE id = ?').run(childId);
}

export function countChildren(db: Db, familyId: string): number {
  return db.prepare('SELECT count(*) FROM child WHERE family_id = ?').pluck().get(familyId) as number;
}

interface FamilyMemberRow {
  readonly id: string;
  readonly family_id: string;
  readonly kind: FamilyMember['kind'];
  readonly given_name: string;
  readonly family_name: string;
  readonly lives_in_household: number;
  readonly contact_details: string;
  readonly contact_details_confidential: number;
  readonly first_language: string;
  readonly interpreter_language: string;
  readonly interpreter_dialect: string;
  readonly communication_needs: string;
  readonly interpreter_preferences: string;
}

export function listFamilyMembers(db: Db, familyId: string): FamilyMember[] {
  const rows = db.prepare('SELECT * FROM family_member WHERE family_id = ? ORDER BY position').all(familyId) as FamilyMemberRow[];
  const relationships = db
    .prepare(
      `SELECT r.family_member_id, r.child_id, r.relationship, r.parental_responsibility
       FROM relationship r JOIN child c ON c.id = r.child_id
       WHERE c.family_id = ? ORDER BY c.position`,
    )
    .all(familyId) as { family_member_id: string; child_id: string; relationship: string; parental_responsibility: number }[];
  return rows.map((row) => ({
    id: row.id,
    displayName: `${row.given_name} ${row.family_name}`,
    kind: row.kind,
    givenName: row.given_name,
    familyName: row.family_name,
    livesInHousehold: row.lives_in_household === 1,
    contactDetails: row.contact_details,
    contactDetailsConfidential: row.contact_details_confidential === 1,
    firstLanguage: row.first_language,
    interpreterLanguage: row.interpreter_language,
    interpreterDialect: row.interpreter_dialect,
    communicationNeeds: row.communication_needs,
    interpreterPreferences: row.interpreter_preferences,
    relationships: relationships
      .filter((r) => r.family_member_id === row.id)
      .map((r): Relationship => ({ childId: r.child_id, relationship: r.relationship, parentalResponsibility: r.parental_responsibility === 1 })),
  }));
}

export function findFamilyMemberFamily(db: Db, familyMemberId: string): string | undefined {
  return db.prepare('SELECT family_id FROM family_member WHERE id = ?').pluck().get(familyMemberId) as string | undefined;
}

function memberParams(details: FamilyMemberDetails) {
  return {
    kind: details.kind,
    given_name: details.givenName,
    family_name: details.familyName,
    lives_in_household: details.livesInHousehold ? 1 : 0,
    contact_details: details.contactDetails,
    contact_details_confidential: details.contactDetailsConfidential ? 1 : 0,
    first_language: details.firstLanguage,
    interpreter_language: details.interpreterLanguage,
    interpreter_dialect: details.interpreterDialect,
    communication_needs: details.communicationNeeds,
    interpreter_preferences: details.interpreterPreferences,
  };
}

export function insertFamilyMember(db: Db, member: { id: string; familyId: string; at: string; details: FamilyMemberDetails }): void {
  db.prepare(
    `INSERT INTO family_member (id, family_id, kind, given_name, family_name, lives_in_household, contact_details,
       contact_details_confidential, first_language, interpreter_language, interpreter_dialect, communication_needs, interpreter_preferences, position, created_at, updated_at)
     VALUES (@id, @family_id, @kind, @given_name, @family_name, @lives_in_household, @contact_details,
       @contact_details_confidential, @first_language, @interpreter_language, @interpreter_dialect, @communication_needs, @interpreter_preferences,
       (SELECT coalesce(max(position), -1) + 1 FROM family_member WHERE family_id = @family_id), @at, @at)`,
  ).run({ id: member.id, family_id: member.familyId, at: member.at, ...memberParams(member.details) });
  replaceRelationships(db, member.id, member.details.relationships);
}

export function updateFamilyMember(db: Db, familyMemberId: string, details: FamilyMemberDetails, at: string): void {
  db.prepare(
    `UPDATE family_member SET kind = @kind, given_name = @given_name, family_name = @family_name,
       lives_in_household = @lives_in_household, contact_details = @contact_details,
       contact_details_confidential = @contact_details_confidential, first_language = @first_language,
       interpreter_language = @interpreter_language, interpreter_dialect = @interpreter_dialect,
       communication_needs = @communication_needs, interpreter_preferences = @interpreter_preferences, updated_at = @at
     WHERE id = @id`,
  ).run({ id: familyMemberId, at, ...memberParams(details) });
  replaceRelationships(db, familyMemberId, details.relationships);
}

function replaceRelationships(db: Db, familyMemberId: string, relationships: readonly Relationship[]): void {
  db.prepare('DELETE FROM relationship WHERE family_member_id = ?').run(familyMemberId);
  const insert = db.prepare('INSERT INTO relationship (family_member_id, child_id, relationship, parental_responsibility) VALUES (?, ?, ?, ?)');
  for (const r of relationships) insert.run(familyMemberId, r.childId, r.relationship, r.parentalResponsibility ? 1 : 0);
}

export function deleteFamilyMember(db: Db, familyMemberId: string): void {
  db.prepare('DELETE FROM family_member WHERE id = ?').run(familyMemberId);
}
