import type { ConferenceDetail } from '../../shared/conference/details';
import { ok } from './calls';
import type { startTestApplication } from './app';

/** Gives the conference's first family member an interpreter need, through the Family page's own call. */
export async function giveInterpreterNeed(app: ReturnType<typeof startTestApplication>, conference: ConferenceDetail, language = 'Tigrinya', preferences = 'a woman, never a family member'): Promise<string> {
  const member = conference.familyMembers[0];
  if (!member) throw new Error('The conference has no family member.');
  const { id, ...rest } = member;
  const details = Object.fromEntries(Object.entries(rest).filter(([key]) => key !== 'displayName'));
  await ok(app, 'updateFamilyMember', { familyMemberId: id, member: { ...details, interpreterLanguage: language, interpreterDialect: '', interpreterPreferences: preferences } });
  return id;
}
