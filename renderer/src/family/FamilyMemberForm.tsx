import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { FAMILY_MEMBER_KIND_LABELS, FAMILY_MEMBER_KINDS, type Child, type FamilyMember, type FamilyMemberKind } from '../../../shared/family/schema';
import { ErrorSummary } from '../app/ErrorSummary';
import type { FieldErrors, SubmitOutcome } from '../app/submit';
import { FormTitle } from './FormTitle';
import { LanguageFields, type LanguageDraft } from './LanguageFields';
import { RadioGroup } from './RadioGroup';
import { NOT_RELATED, RelationshipFields, type RelationshipDraft, type RelationshipDrafts } from './RelationshipFields';
import { TextField } from './TextField';
import { useFormErrors } from './useFormErrors';

export interface FamilyMemberDraft extends LanguageDraft {
  readonly kind: FamilyMemberKind | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly livesInHousehold: boolean | null;
  readonly contactDetails: string;
  readonly contactDetailsConfidential: boolean;
  readonly interpreterPreferences: string;
  readonly relationships: RelationshipDrafts;
}

export function draftOfFamilyMember(member: FamilyMember): FamilyMemberDraft {
  return {
    kind: member.kind,
    givenName: member.givenName,
    familyName: member.familyName,
    livesInHousehold: member.livesInHousehold,
    contactDetails: member.contactDetails,
    contactDetailsConfidential: member.contactDetailsConfidential,
    firstLanguage: member.firstLanguage,
    interpreterLanguage: member.interpreterLanguage,
    interpreterDialect: member.interpreterDialect,
    communicationNeeds: member.communicationNeeds,
    interpreterPreferences: member.interpreterPreferences,
    relationships: Object.fromEntries(
      member.relationships.map((r) => [r.childId, { related: true, relationship: r.relationship, parentalResponsibility: r.parentalResponsibility }]),
    ),
  };
}

export const EMPTY_FAMILY_MEMBER: FamilyMemberDraft = {
  kind: null,
  givenName: '',
  familyName: '',
  livesInHousehold: null,
  contactDetails: '',
  contactDetailsConfidential: false,
  relationships: {},
  firstLanguage: '',
  interpreterLanguage: '',
  interpreterDialect: '',
  communicationNeeds: '',
  interpreterPreferences: '',
};

/** The answers as the schema takes them: one relationship per ticked child, in the children's order. */
function detailsOf(draft: FamilyMemberDraft, children: readonly Child[]) {
  const related = children.filter((child) => draft.relationships[child.id]?.related);
  return {
    ...draft,
    relationships: related.map((child) => {
      const relationship = draft.relationships[child.id] ?? NOT_RELATED;
      return { childId: child.id, relationship: relationship.relationship, parentalResponsibility: relationship.parentalResponsibility };
    }),
    related,
  };
}

/**
 * Errors come back by position in the list sent (`relationships.0.relationship`); show them by
 * child instead, and say which child in the summary. A missing yes/no gets a message that says what to do.
 */
function placeErrors(fields: FieldErrors, related: readonly Child[], draft: FamilyMemberDraft): FieldErrors {
  const placed: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^relationships\.(\d+)\.(\w+)$/.exec(path);
    const child = match ? related[Number(match[1])] : undefined;
    if (match && child) placed[`relationships.${child.id}.${match[2]}`] = message;
    else if (path === 'livesInHousehold' && draft.livesInHousehold === null) placed[path] = 'Say whether they live in the household.';
    else if (path === 'kind' && draft.kind === null) placed[path] = 'Choose who this person is to the family.';
    else placed[path] = message;
  }
  return placed;
}

interface FamilyMemberFormProps {
  readonly formKey: string;
  readonly title: string;
  readonly headingLevel: 3 | 4;
  readonly initial: FamilyMemberDraft;
  readonly familyChildren: readonly Child[];
  readonly submitLabel: string;
  readonly save: (details: unknown) => Promise<SubmitOutcome<ConferenceDetail>>;
  readonly onSaved: (conference: ConferenceDetail) => void;
  readonly onCancel: () => void;
}

export function FamilyMemberForm({ formKey, title, headingLevel, initial, familyChildren, submitLabel, save, onSaved, onCancel }: FamilyMemberFormProps) {
  const [draft, setDraft] = useState<FamilyMemberDraft>(initial);
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors(formKey, 'kind');
  const { fields, idFor } = errors;
  const change = (update: Partial<FamilyMemberDraft>) => setDraft((current) => ({ ...current, ...update }));
  const changeRelationship = (childId: string, update: Partial<RelationshipDraft>) =>
    setDraft((current) => ({
      ...current,
      relationships: { ...current.relationships, [childId]: { ...(current.relationships[childId] ?? NOT_RELATED), ...update } },
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const { related, ...details } = detailsOf(draft, familyChildren);
    const outcome = await save(details);
    setSaving(false);
    if (outcome.ok) return onSaved(outcome.value);
    errors.show({ ...outcome, fields: placeErrors(outcome.fields, related, draft) });
  };

  const childName = (path: string) => {
    const match = /^relationships\.([0-9a-f-]{36})\./.exec(path);
    return match ? familyChildren.find((child) => child.id === match[1])?.displayName : undefined;
  };

  return (
    <form className="family-form" onSubmit={submit} noValidate aria-labelledby={`${formKey}-title`}>
      <FormTitle id={`${formKey}-title`} level={headingLevel} text={title} />
      <div ref={errors.summary}>
        <ErrorSummary errors={errors.summaryItems((path, text) => (childName(path) ? `${childName(path)}: ${text}` : text))} attempt={errors.attempt} />
      </div>
      <RadioGroup
        id={idFor('kind')}
        legend="Who is this person to the family?"
        error={fields['kind']}
        options={FAMILY_MEMBER_KINDS.map((kind) => ({ value: kind, label: FAMILY_MEMBER_KIND_LABELS[kind] }))}
        value={draft.kind}
        onChange={(kind) => change({ kind })}
      />
      <div className="field-row">
        <TextField id={idFor('givenName')} label="First name" error={fields['givenName']} value={draft.givenName} onChange={(givenName) => change({ givenName })} />
        <TextField id={idFor('familyName')} label="Family name" error={fields['familyName']} value={draft.familyName} onChange={(familyName) => change({ familyName })} />
      </div>
      <RelationshipFields children={familyChildren} drafts={draft.relationships} errors={fields} idFor={idFor} onChange={changeRelationship} />
      <RadioGroup
        id={idFor('livesInHousehold')}
        legend="Do they live in the household?"
        error={fields['livesInHousehold']}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={draft.livesInHousehold === null ? null : draft.livesInHousehold ? 'yes' : 'no'}
        onChange={(answer) => change({ livesInHousehold: answer === 'yes' })}
      />
      <LanguageFields draft={draft} errors={fields} idFor={idFor} onChange={change}>
        <TextField
          id={idFor('interpreterPreferences')}
          label="Interpreter preferences"
          hint="For example “a woman, never a family member”. Shown when the interpreter is booked and in the record."
          error={fields['interpreterPreferences']}
          value={draft.interpreterPreferences}
          onChange={(interpreterPreferences) => change({ interpreterPreferences })}
        />
      </LanguageFields>
      <fieldset className="fieldset">
        <legend className="family-form__legend">Contact details</legend>
        <TextField
          id={idFor('contactDetails')}
          label="Address, phone and email"
          error={fields['contactDetails']}
          value={draft.contactDetails}
          onChange={(contactDetails) => change({ contactDetails })}
          multiline
        />
        <div className="checkbox">
          <input
            type="checkbox"
            id={idFor('contactDetailsConfidential')}
            checked={draft.contactDetailsConfidential}
            aria-describedby={`${idFor('contactDetailsConfidential')}-hint`}
            onChange={(event) => change({ contactDetailsConfidential: event.target.checked })}
          />
          <label htmlFor={idFor('contactDetailsConfidential')}>The contact details are confidential</label>
        </div>
        <p className="field__hint family-checkbox-hint" id={`${idFor('contactDetailsConfidential')}-hint`}>
          For example a refuge address. Confidential details are never shown to the family, nor put in anything made for them.
        </p>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
