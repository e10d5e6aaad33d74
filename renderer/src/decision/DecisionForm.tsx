import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Child } from '../../../shared/family/schema';
import type { DecisionRecord } from '../../../shared/decision/record';
import { outcomesOffered } from '../../../shared/decision/rules';
import {
  ALTERNATIVE_LABELS,
  ALTERNATIVES,
  CATEGORIES,
  CATEGORY_LABELS,
  DECISION_OUTCOME_LABELS,
  ENDING_REASON_LABELS,
  ENDING_REASONS,
  hasPlan,
  LIMB_LABELS,
  LIMBS,
  SaveDecisionSchema,
  type Decision,
  type DecisionDetails,
} from '../../../shared/decision/schema';
import { api } from '../api/client';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { AgencyViewRow, FamilyViewRow, type AgencyViewDraft, type FamilyViewDraft } from './DecisionViewRows';
import { Checkboxes, Radios, useSave } from './parts';

/** The decision while it is written: no outcome chosen yet, and each marking perhaps not finished. */
type Draft = Omit<DecisionDetails, 'outcome' | 'chairReasonsRestriction' | 'agencyViews' | 'familyViews'> & {
  readonly outcome: DecisionDetails['outcome'] | null;
  readonly chairReasonsRestriction: RestrictionDraft;
  readonly agencyViews: readonly AgencyViewDraft[];
  readonly familyViews: readonly FamilyViewDraft[];
};

function draftOf(decision: Decision | undefined): Draft {
  if (!decision) {
    return {
      testMet: null,
      limb: null,
      outcome: null,
      instead: null,
      endingReason: null,
      categories: [],
      categoryJustification: '',
      chairReasons: '',
      chairReasonsRestriction: FOR_EVERYONE_DRAFT,
      agencyViews: [],
      familyViews: [],
      deferredTo: null,
      deferredReason: '',
    };
  }
  return {
    ...decision,
    chairReasonsRestriction: restrictionDraftOf(decision.chairReasonsRestriction),
    agencyViews: decision.agencyViews.map((view) => ({ ...view, restriction: restrictionDraftOf(view.restriction) })),
    familyViews: decision.familyViews.map((view) => ({ ...view, restriction: restrictionDraftOf(view.restriction) })),
  };
}

function inputOf(draft: Draft) {
  return {
    ...draft,
    outcome: draft.outcome ?? undefined,
    chairReasonsRestriction: restrictionInput(draft.chairReasonsRestriction),
    agencyViews: draft.agencyViews.map((view) => ({ ...view, restriction: restrictionInput(view.restriction) })),
    familyViews: draft.familyViews.map((view) => ({ ...view, restriction: restrictionInput(view.restriction) })),
  };
}

/** One child's decision: the test, the outcome, the categories, the chair's reasons and everyone's view. */
export function DecisionForm({
  conference,
  record,
  child,
  decision,
  id,
  onDone,
}: {
  readonly id: string;
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly child: Child;
  readonly decision: Decision | undefined;
  readonly onDone: (saved: boolean) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(decision));
  const { save, errors, summary } = useSave(SaveDecisionSchema, (input) => api.saveDecision(input), 'decision', '', 4);
  const change = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));
  const offered = outcomesOffered(record.conferenceType, child.isUnborn, record.childrenWithPreviousPlan.includes(child.id));
  const outcome = draft.outcome;
  const professionals = conference.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [{ id: i.invitee.professionalId, name: i.invitee.name, role: i.invitee.role }] : []));
  const prefix = `${child.id.slice(0, 8)}-`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, childId: child.id, decision: inputOf(draft) }, `Decision for ${child.displayName} saved.`)) onDone(true);
  };
  const error = (path: string) => errors[path];
  const outcomeLabels = Object.fromEntries(offered.map((o) => [o, DECISION_OUTCOME_LABELS[o]])) as Record<(typeof offered)[number], string>;
  const showTest = outcome !== 'deferred';
  const showPlan = outcome !== null && hasPlan(outcome);
  return (
    <form id={id} className="form-panel decision-form" onSubmit={submit} noValidate aria-label={`Decision for ${child.displayName}`}>
      {summary}
      <Radios legend="Decision" id={fieldId('outcome')} options={offered} labels={outcomeLabels} value={outcome} onChange={(o) => change({ outcome: o })} error={error('outcome')} />
      {showTest && (
        <Radios
          legend="Is the test for a child protection plan met?"
          id={fieldId('testMet')}
          options={['yes', 'no'] as const}
          labels={{ yes: 'Yes', no: 'No' }}
          value={draft.testMet === null ? null : draft.testMet ? 'yes' : 'no'}
          onChange={(v) => change({ testMet: v === 'yes', ...(v === 'no' ? { limb: null } : {}) })}
          error={error('testMet')}
        />
      )}
      {showTest && draft.testMet === true && (
        <Radios legend="Which part of the test is met" id={fieldId('limb')} options={LIMBS} labels={LIMB_LABELS} value={draft.limb} onChange={(limb) => change({ limb })} error={error('limb')} />
      )}
      {showPlan && (
        <>
          <Checkboxes
            legend="Category of abuse"
            hint="Usually one: the primary presenting concern. More than one needs a reason."
            id={fieldId('categories')}
            options={CATEGORIES}
            labels={CATEGORY_LABELS}
            value={draft.categories}
            onChange={(categories) => change({ categories })}
            error={error('categories')}
          />
          {draft.categories.length > 1 && (
            <Field id={fieldId('categoryJustification')} label="Why more than one category" error={error('categoryJustification')}>
              {({ id: inputId, describedBy, invalid }) => (
                <CheckedTextArea id={inputId} value={draft.categoryJustification} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ categoryJustification: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'decision', recordId: decision?.id ?? child.id, field: 'categoryJustification' }} ignorable={decision !== undefined} />
              )}
            </Field>
          )}
        </>
      )}
      {outcome === 'end-plan' && (
        <Radios legend="Why the plan ends" id={fieldId('endingReason')} options={ENDING_REASONS} labels={ENDING_REASON_LABELS} value={draft.endingReason} onChange={(endingReason) => change({ endingReason })} error={error('endingReason')} />
      )}
      {(outcome === 'no-plan' || outcome === 'end-plan') && (
        <Radios legend="What happens instead" id={fieldId('instead')} options={ALTERNATIVES} labels={ALTERNATIVE_LABELS} value={draft.instead} onChange={(instead) => change({ instead })} error={error('instead')} />
      )}
      {outcome === 'deferred' && (
        <>
          <DateInput id={fieldId('deferredTo')} legend="Date of the review the decision is deferred to" error={error('deferredTo')} value={draft.deferredTo ?? ''} onChange={(v) => change({ deferredTo: v === '' ? null : v })} />
          <Field id={fieldId('deferredReason')} label="Why the decision is deferred" error={error('deferredReason')}>
            {({ id: inputId, describedBy, invalid }) => (
              <CheckedTextArea id={inputId} value={draft.deferredReason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ deferredReason: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'decision', recordId: decision?.id ?? child.id, field: 'deferredReason' }} ignorable={decision !== undefined} />
            )}
          </Field>
        </>
      )}
      <Field id={fieldId('chairReasons')} label="The chair’s decision and reasons" error={error('chairReasons')}>
        {({ id: inputId, describedBy, invalid }) => (
          <CheckedTextArea id={inputId} value={draft.chairReasons} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ chairReasons: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'decision', recordId: decision?.id ?? child.id, field: 'chairReasons' }} ignorable={decision !== undefined} />
        )}
      </Field>
      <AudienceField
        path="chairReasonsRestriction"
        idOf={fieldId}
        subject="the chair’s reasons"
        value={draft.chairReasonsRestriction}
        people={conference}
        errors={errors}
        onChange={(chairReasonsRestriction) => change({ chairReasonsRestriction })}
      />
      <fieldset className="fieldset">
        <legend>
          <h4>Each agency’s view</h4>
        </legend>
        {draft.agencyViews.map((view, index) => (
          <AgencyViewRow
            key={index}
            index={index}
            prefix={prefix}
            view={view}
            professionals={professionals}
            people={conference}
            errors={errors}
            onChange={(next) => change({ agencyViews: draft.agencyViews.map((v, i) => (i === index ? next : v)) })}
            onRemove={() => change({ agencyViews: draft.agencyViews.filter((_, i) => i !== index) })}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => change({ agencyViews: [...draft.agencyViews, { professionalId: '', view: 'plan', categories: [], reason: '', restriction: FOR_EVERYONE_DRAFT }] })}>
          Add an agency’s view
        </button>
      </fieldset>
      <fieldset className="fieldset">
        <legend>
          <h4>The family’s view of the decision</h4>
        </legend>
        {draft.familyViews.map((view, index) => (
          <FamilyViewRow
            key={index}
            index={index}
            prefix={prefix}
            view={view}
            members={conference.familyMembers.map((m) => ({ id: m.id, name: m.displayName }))}
            people={conference}
            errors={errors}
            onChange={(next) => change({ familyViews: draft.familyViews.map((v, i) => (i === index ? next : v)) })}
            onRemove={() => change({ familyViews: draft.familyViews.filter((_, i) => i !== index) })}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => change({ familyViews: [...draft.familyViews, { familyMemberId: '', agreement: 'agrees', view: '', restriction: FOR_EVERYONE_DRAFT }] })}>
          Add a family member’s view
        </button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save the decision for {child.displayName}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
