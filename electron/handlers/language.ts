import { ConflictError, NotFoundError, ValidationError } from '../../shared/contract/result';
import { createChecker, mergePacks, NATIONAL_PACK, unknownRuleIds } from '../../shared/language';
import type { Audience, AuthorityPack, Checker, LanguagePack } from '../../shared/language';
import { AuthorityPackSchema } from '../../shared/language/packs';
import { conferenceNames, conferencePeople } from '../../shared/language-settings/names';
import type { AuthorityPackState, IgnoreDecision, IgnoreFinding, LanguageSummary } from '../../shared/language-settings/schema';
import { readFamilyReason } from '../../db/invitations/family-reason';
import { audienceOf, LANGUAGE_FIELDS } from '../../shared/language-settings/schema';
import { summarise, type CheckedText } from '../../shared/language-settings/summary';
import { appendAudit } from '../../db/audit/queries';
import { findContribution, listContributionRows } from '../../db/capture/queries';
import { clearAuthorityPack, decisionAndPlanTexts, deleteIgnore, findIgnore, listIgnores, readAuthorityPackRow, recordConference, upsertIgnore, writeAuthorityPack } from '../../db/language/queries';
import { getConference } from './conference';
import type { HandlerContext } from './context';
import { changeConference, existingConference } from './guard';

/** The authority's pack as saved, or none. A saved pack that no longer parses counts as none. */
export function getAuthorityPack(context: HandlerContext): AuthorityPackState {
  const row = readAuthorityPackRow(context.db);
  if (!row) return { pack: null, updatedAt: null, updatedBy: null };
  const parsed = AuthorityPackSchema.safeParse(JSON.parse(row.pack));
  return parsed.success ? { pack: parsed.data, updatedAt: row.updated_at, updatedBy: row.updated_by } : { pack: null, updatedAt: row.updated_at, updatedBy: row.updated_by };
}

/** An administrator saves (or removes, with null) the authority's layer over the national pack. */
export function saveAuthorityPack(context: HandlerContext, pack: AuthorityPack | null): AuthorityPackState {
  if (pack !== null) {
    const unknown = unknownRuleIds(NATIONAL_PACK, pack);
    if (unknown.length > 0) {
      throw new ValidationError('The pack changes checks that do not exist.', Object.fromEntries(unknown.map((id) => [`pack.rules.${id}`, `There is no check called “${id}”. Check the spelling, or remove it.`])));
    }
    try {
      mergePacks(NATIONAL_PACK, pack);
    } catch {
      throw new ValidationError('The pack could not be combined with the national pack.', { pack: 'Check the preferred terms and names in the pack.' });
    }
  }
  const at = context.now().toISOString();
  context.db
    .transaction(() => {
      if (pack === null) clearAuthorityPack(context.db);
      else writeAuthorityPack(context.db, pack, at, context.actor);
      appendAudit(context.db, { at, actor: context.actor, action: pack === null ? 'delete' : 'update', entity: 'language-pack', entityId: 'authority', conferenceId: null });
    })
    .immediate();
  return getAuthorityPack(context);
}

export function listIgnoreDecisions(context: HandlerContext, conferenceId: string): IgnoreDecision[] {
  existingConference(context, conferenceId);
  return listIgnores(context.db, conferenceId);
}

const RECORD_NAMES = { decision: 'decision', statement: 'statement', dissent: 'disagreement', outcome: 'outcome', action: 'action', amendment: 'amendment' } as const;

/** Checks that the record exists and belongs to the conference, so a decision is never filed against another family. */
function checkRecord(context: HandlerContext, input: Pick<IgnoreFinding, 'conferenceId' | 'recordKind' | 'recordId'>): void {
  existingConference(context, input.conferenceId);
  switch (input.recordKind) {
    case 'conference':
    case 'plan':
      // The conference's own details and its plan are kept under the conference's id.
      if (input.recordId !== input.conferenceId) throw new NotFoundError('This record');
      return;
    case 'contribution': {
      const contribution = findContribution(context.db, input.recordId);
      if (!contribution) throw new NotFoundError('This contribution');
      if (contribution.conference_id !== input.conferenceId) throw new ConflictError('This contribution belongs to another conference.');
      return;
    }
    case 'decision':
    case 'statement':
    case 'dissent':
    case 'outcome':
    case 'action':
    case 'amendment': {
      const owner = recordConference(context.db, input.recordKind, input.recordId);
      const what = RECORD_NAMES[input.recordKind];
      if (owner === undefined) throw new NotFoundError(`This ${what}`);
      if (owner !== input.conferenceId) throw new ConflictError(`This ${what} belongs to another conference.`);
      return;
    }
    default: {
      const unexpected: never = input.recordKind;
      throw new Error(`Unknown record kind ${String(unexpected)}`);
    }
  }
}

/** "Ignore here, because…": kept with the record and field, with who decided and when. */
export function ignoreFinding(context: HandlerContext, input: IgnoreFinding): IgnoreDecision[] {
  checkRecord(context, input);
  const existing = findIgnore(context.db, input.id);
  if (existing && existing.conferenceId !== input.conferenceId) throw new ConflictError('This decision belongs to another conference.');
  changeConference(context, input.conferenceId, { action: existing ? 'update' : 'create', entity: 'language-ignore', entityId: input.id }, (at) => {
    upsertIgnore(context.db, input, context.actor, at);
  });
  return listIgnores(context.db, input.conferenceId);
}

export function removeIgnoreDecision(context: HandlerContext, conferenceId: string, id: string): IgnoreDecision[] {
  const existing = findIgnore(context.db, id);
  if (!existing || existing.conferenceId !== conferenceId) throw new NotFoundError('This decision');
  changeConference(context, conferenceId, { action: 'delete', entity: 'language-ignore', entityId: id }, () => deleteIgnore(context.db, id));
  return listIgnores(context.db, conferenceId);
}

/** The national pack with the authority’s layer over it: what every check uses. */
export function currentPack(context: HandlerContext): LanguagePack {
  const { pack } = getAuthorityPack(context);
  return pack === null ? NATIONAL_PACK : mergePacks(NATIONAL_PACK, pack);
}

/** Open findings across a conference's stored texts, checked here with the same engine and pack as the screen. */
export function getLanguageSummary(context: HandlerContext, conferenceId: string): LanguageSummary {
  const conference = getConference(context, conferenceId);
  const { names, places } = conferenceNames(conference);
  const people = conferencePeople(conference);
  const pack = currentPack(context);
  const checkers = new Map<Audience, Checker>();
  const checkerFor = (audience: Audience): Checker => {
    let checker = checkers.get(audience);
    if (!checker) {
      checker = createChecker({ audience, pack, names, places, people });
      checkers.set(audience, checker);
    }
    return checker;
  };
  const texts: CheckedText[] = [];
  const add = (recordKind: CheckedText['recordKind'], recordId: string, field: string, audience: Audience, text: string) => {
    if (text.trim() === '') return;
    texts.push({ recordKind, recordId, field, audience, findings: checkerFor(audience).check(text) });
  };
  for (const [field, audience] of Object.entries(LANGUAGE_FIELDS.conference)) {
    // The reason for the family's information pack is kept beside the details (migration 0028).
    const text = field === 'familyReason' ? (readFamilyReason(context.db, conferenceId)?.reason ?? '') : conference.details[field as Exclude<keyof typeof LANGUAGE_FIELDS.conference, 'familyReason'>];
    add('conference', conferenceId, field, audience, text);
  }
  for (const row of listContributionRows(context.db, conferenceId)) add('contribution', row.id, 'text', LANGUAGE_FIELDS.contribution.text, row.text);
  for (const stored of decisionAndPlanTexts(context.db, conferenceId)) {
    const audience = audienceOf(stored.recordKind, stored.field);
    if (audience !== null) add(stored.recordKind, stored.recordId, stored.field, audience, stored.text);
  }
  return summarise(conferenceId, texts, listIgnores(context.db, conferenceId));
}
