import type { FamilyMember } from '../../shared/family/schema';
import type { Interpreter, SaveInterpreter } from '../../shared/interpreters/schema';
import type { Db } from '../open';

interface InterpreterRow {
  readonly family_member_id: string;
  readonly booked: 0 | 1;
  readonly name: string;
  readonly present: 0 | 1 | null;
  readonly left_for_parts: string;
}

/** Every family member who needs an interpreter, with what this conference recorded about theirs. */
export function listInterpreters(db: Db, conferenceId: string, members: readonly FamilyMember[]): Interpreter[] {
  const rows = new Map(
    (db.prepare('SELECT family_member_id, booked, name, present, left_for_parts FROM interpreter WHERE conference_id = ?').all(conferenceId) as InterpreterRow[]).map((row) => [row.family_member_id, row]),
  );
  return members
    .filter((member) => member.interpreterLanguage !== '')
    .map((member) => {
      const row = rows.get(member.id);
      return {
        familyMemberId: member.id,
        memberName: member.displayName,
        language: member.interpreterLanguage,
        dialect: member.interpreterDialect,
        preferences: member.interpreterPreferences,
        booked: row?.booked === 1,
        name: row?.name ?? '',
        present: row?.present === undefined || row.present === null ? null : row.present === 1,
        leftForPartIds: row ? (JSON.parse(row.left_for_parts) as string[]) : [],
      };
    });
}

export function upsertInterpreter(db: Db, input: SaveInterpreter, at: string): void {
  db.prepare(
    `INSERT INTO interpreter (conference_id, family_member_id, booked, name, present, left_for_parts, updated_at)
     VALUES (@conferenceId, @familyMemberId, @booked, @name, @present, @left, @at)
     ON CONFLICT (conference_id, family_member_id) DO UPDATE SET booked = excluded.booked, name = excluded.name,
       present = excluded.present, left_for_parts = excluded.left_for_parts, updated_at = excluded.updated_at`,
  ).run({
    conferenceId: input.conferenceId,
    familyMemberId: input.familyMemberId,
    booked: input.booked ? 1 : 0,
    name: input.name,
    present: input.present === null ? null : input.present ? 1 : 0,
    left: JSON.stringify(input.leftForPartIds),
    at,
  });
}
