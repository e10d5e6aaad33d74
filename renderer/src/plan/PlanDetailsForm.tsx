import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import type { Child } from '../../../shared/family/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { FGDM_STATUS_LABELS, FGDM_STATUSES, FNSP_STATUS_LABELS, SavePlanSchema, type CoreGroupMember, type PlanDetails } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { peopleOptions, Radios, refOf, useSave } from '../decision/parts';

type VisitDraft = Omit<PlanDetails['visits'][number], 'restriction'> & { readonly restriction: RestrictionDraft };

/** The plan's details while written: the markings (each visit's, the contingency's, the network's plan's, the brought-forward reason's) perhaps not finished. */
type Draft = Omit<PlanDetails, 'visits' | 'contingencyRestriction' | 'familyNetwork' | 'broughtForwardReasonRestriction'> & {
  readonly visits: readonly VisitDraft[];
  readonly contingencyRestriction: RestrictionDraft;
  readonly familyNetwork: Omit<PlanDetails['familyNetwork'], 'familyPlanRestriction'> & { readonly familyPlanRestriction: RestrictionDraft };
  readonly broughtForwardReasonRestriction: RestrictionDraft;
};

function draftOf(plan: PlanDetails): Draft {
  return {
    ...plan,
    visits: plan.visits.map((visit) => ({ ...visit, restriction: restrictionDraftOf(visit.restriction) })),
    contingencyRestriction: restrictionDraftOf(plan.contingencyRestriction),
    familyNetwork: { ...plan.familyNetwork, familyPlanRestriction: restrictionDraftOf(plan.familyNetwork.familyPlanRestriction) },
    broughtForwardReasonRestriction: restrictionDraftOf(plan.broughtForwardReasonRestriction),
  };
}

function inputOf(draft: Draft) {
  return {
    ...draft,
    visits: draft.visits.map((visit) => ({ ...visit, restriction: restrictionInput(visit.restriction) })),
    contingencyRestriction: restrictionInput(draft.contingencyRestriction),
    familyNetwork: { ...draft.familyNetwork, familyPlanRestriction: restrictionInput(draft.familyNetwork.familyPlanRestriction) },
    broughtForwardReasonRestriction: restrictionInput(draft.broughtForwardReasonRestriction),
  };
}

const keyOf = (m: CoreGroupMember) => (m.kind === 'professional' ? `professional:${m.professionalId}` : `family-member:${m.familyMemberId}`);

/** How each child is seen, the family network's part, the contingency plan, the core group and the dates. */
export function PlanDetailsForm({
  conference,
  record,
  editable,
  childrenWithPlan,
}: {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly editable: boolean;
  readonly childrenWithPlan: readonly Child[];
}) {
  const { proposedFirstCoreGroupDate, proposedNextReviewDate, ...saved } = record.plan;
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const { save, errors, summary } = useSave(SavePlanSchema, (input) => api.savePlan(input), 'plan');
  const change = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));
  const network = draft.familyNetwork;
  const changeNetwork = (part: Partial<Draft['familyNetwork']>) => change({ familyNetwork: { ...network, ...part } });
  const options = peopleOptions(conference, false);
  const children = childrenWithPlan.length > 0 ? childrenWithPlan : conference.children.filter((c) => !c.isUnborn);
  const visitOf = (childId: string): VisitDraft => draft.visits.find((v) => v.childId === childId) ?? { childId, frequency: '', where: '', seenAlone: '', restriction: FOR_EVERYONE_DRAFT };
  const changeVisit = (childId: string, part: Partial<VisitDraft>) => change({ visits: [...draft.visits.filter((v) => v.childId !== childId), { ...visitOf(childId), ...part }] });
  // The form's answers list visits in the order they were last changed; errors come back by that index.
  const visitPath = (childId: string) => {
    const index = draft.visits.findIndex((v) => v.childId === childId);
    return `visits.${index === -1 ? draft.visits.length : index}.restriction`;
  };
  const coreKeys = new Set(draft.coreGroup.map(keyOf));
  const toggleCore = (value: string, on: boolean) => {
    const ref = refOf(value);
    if (!ref || ref.kind === 'child') return;
    change({ coreGroup: on ? [...draft.coreGroup, ref] : draft.coreGroup.filter((m) => keyOf(m) !== value) });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save({ conferenceId: conference.id, plan: inputOf(draft) }, 'Plan saved.');
  };
  const disabled = !editable;
  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="plan-details-heading">
      <h3 id="plan-details-heading">Seeing the children, the family network, contingency and core group</h3>
      {summary}
      <fieldset className="fieldset" disabled={disabled}>
        <legend>
          <h4>How often and where each child will be seen</h4>
        </legend>
        {children.map((child) => {
          const visit = visitOf(child.id);
          return (
            <div key={child.id} className="plan-visit">
              <p>
                <strong>{child.displayName}</strong>
              </p>
              <Field id={fieldId(`visits.${child.id}.frequency`)} label={`How often ${child.displayName} will be seen`} hint="For example at least every 10 working days." error={errors[`visits.${child.id}.frequency`]}>
                {({ id, describedBy, invalid }) => <input id={id} type="text" value={visit.frequency} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => changeVisit(child.id, { frequency: e.target.value })} />}
              </Field>
              <Field id={fieldId(`visits.${child.id}.where`)} label="Where">
                {({ id, describedBy }) => <input id={id} type="text" value={visit.where} aria-describedby={describedBy} onChange={(e) => changeVisit(child.id, { where: e.target.value })} />}
              </Field>
              <Field id={fieldId(`visits.${child.id}.seenAlone`)} label={`When ${child.displayName} will be seen alone`} error={errors[`visits.${child.id}.seenAlone`]}>
                {({ id, describedBy, invalid }) => <input id={id} type="text" value={visit.seenAlone} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => changeVisit(child.id, { seenAlone: e.target.value })} />}
              </Field>
              <AudienceField
                path={visitPath(child.id)}
                idOf={fieldId}
                subject={`how ${child.displayName} will be seen`}
                value={visit.restriction}
                people={conference}
                errors={errors}
                withSummary={false}
                onChange={(restriction) => changeVisit(child.id, { restriction })}
              />
            </div>
          );
        })}
      </fieldset>

      <fieldset className="fieldset" disabled={disabled}>
        <legend>
          <h4>The family network’s part</h4>
        </legend>
        <Radios legend="Family group decision-making" id={fieldId('familyNetwork.fgdm')} options={FGDM_STATUSES} labels={FGDM_STATUS_LABELS} value={network.fgdm} onChange={(fgdm) => changeNetwork({ fgdm })} />
        {network.fgdm !== 'not-offered' && (
          <>
            <DateInput id={fieldId('familyNetwork.fgdmDate')} legend="Date of the meeting (held or booked)" error={errors['familyNetwork.fgdmDate']} value={network.fgdmDate ?? ''} onChange={(v) => changeNetwork({ fgdmDate: v === '' ? null : v })} />
            <Field id={fieldId('familyNetwork.coordinator')} label="Coordinator" error={errors['familyNetwork.coordinator']}>
              {({ id, describedBy, invalid }) => <input id={id} type="text" value={network.coordinator} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => changeNetwork({ coordinator: e.target.value })} />}
            </Field>
          </>
        )}
        <Field id={fieldId('familyNetwork.familyPlan')} label="The family network’s own plan (optional)" hint="What the family and friends have agreed to do, in their words." error={errors['familyNetwork.familyPlan']}>
          {({ id, describedBy, invalid }) => <textarea id={id} value={network.familyPlan} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => changeNetwork({ familyPlan: e.target.value })} />}
        </Field>
        <AudienceField
          path="familyNetwork.familyPlanRestriction"
          idOf={fieldId}
          subject="the family network’s plan"
          value={network.familyPlanRestriction}
          people={conference}
          errors={errors}
          onChange={(familyPlanRestriction) => changeNetwork({ familyPlanRestriction })}
        />
        <div className="checkbox">
          <input type="checkbox" id="fnsp-requested" checked={network.fnspRequested} onChange={(e) => changeNetwork({ fnspRequested: e.target.checked })} />
          <label htmlFor="fnsp-requested">A family network support package is requested</label>
        </div>
        {network.fnspRequested && (
          <>
            {network.fnspItems.map((item, index) => (
              <div className="field-row" key={index}>
                <Field id={fieldId(`familyNetwork.fnspItems.${index}.description`)} label={`Support ${index + 1}: what it is for`} error={errors[`familyNetwork.fnspItems.${index}.description`]}>
                  {({ id, describedBy, invalid }) => (
                    <input id={id} type="text" value={item.description} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => changeNetwork({ fnspItems: network.fnspItems.map((x, i) => (i === index ? { ...x, description: e.target.value } : x)) })} />
                  )}
                </Field>
                <Field id={fieldId(`familyNetwork.fnspItems.${index}.amount`)} label="Amount">
                  {({ id, describedBy }) => (
                    <input id={id} type="text" className="width-5" value={item.amount} aria-describedby={describedBy} onChange={(e) => changeNetwork({ fnspItems: network.fnspItems.map((x, i) => (i === index ? { ...x, amount: e.target.value } : x)) })} />
                  )}
                </Field>
                <p>{FNSP_STATUS_LABELS[item.status]}</p>
              </div>
            ))}
            <button type="button" className="button button--secondary" onClick={() => changeNetwork({ fnspItems: [...network.fnspItems, { description: '', amount: '', status: 'requested' }] })}>
              Add an item of support
            </button>
          </>
        )}
      </fieldset>

      <fieldset className="fieldset" disabled={disabled}>
        <legend>
          <h4>Contingency plan</h4>
        </legend>
        <Field id={fieldId('contingency')} label="What will happen if the plan is not followed or things change" error={errors['contingency']}>
          {({ id, describedBy, invalid }) => <CheckedTextArea id={id} value={draft.contingency} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ contingency: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'plan', recordId: conference.id, field: 'contingency' }} />}
        </Field>
        <AudienceField
          path="contingencyRestriction"
          idOf={fieldId}
          subject="the contingency plan"
          value={draft.contingencyRestriction}
          people={conference}
          errors={errors}
          onChange={(contingencyRestriction) => change({ contingencyRestriction })}
        />
      </fieldset>

      <fieldset className="fieldset" disabled={disabled} aria-describedby={errors['coreGroup'] ? 'core-group-error' : undefined}>
        <legend>
          <h4 id={fieldId('coreGroup')} tabIndex={-1}>
            Core group members
          </h4>
        </legend>
        {errors['coreGroup'] && (
          <p className="field__error" id="core-group-error">
            {errors['coreGroup']}
          </p>
        )}
        {[...options.family, ...options.professionals].map((option) => (
          <div className="checkbox" key={option.value}>
            <input type="checkbox" id={`core-${option.value.replace(':', '-')}`} checked={coreKeys.has(option.value)} onChange={(e) => toggleCore(option.value, e.target.checked)} />
            <label htmlFor={`core-${option.value.replace(':', '-')}`}>{option.label}</label>
          </div>
        ))}
        <Field id={fieldId('coreGroupNote')} label="Note about the core group" hint="For example separate attendance arranged.">
          {({ id, describedBy }) => <input id={id} type="text" value={draft.coreGroupNote} aria-describedby={describedBy} onChange={(e) => change({ coreGroupNote: e.target.value })} />}
        </Field>
      </fieldset>

      <fieldset className="fieldset" disabled={disabled}>
        <legend>
          <h4>Dates</h4>
        </legend>
        {proposedFirstCoreGroupDate && (
          <DateInput
            id={fieldId('firstCoreGroupDate')}
            legend="First core group"
            hint={`Due by ${formatIsoDate(proposedFirstCoreGroupDate)}.`}
            error={errors['firstCoreGroupDate']}
            value={draft.firstCoreGroupDate ?? ''}
            onChange={(v) => change({ firstCoreGroupDate: v === '' ? null : v })}
          />
        )}
        <DateInput
          id={fieldId('nextReviewDate')}
          legend="Next review conference"
          hint={proposedNextReviewDate ? `Due by ${formatIsoDate(proposedNextReviewDate)}. An earlier date brings the review forward and needs a reason.` : undefined}
          error={errors['nextReviewDate']}
          value={draft.nextReviewDate ?? ''}
          onChange={(v) => change({ nextReviewDate: v === '' ? null : v })}
        />
        <Field id={fieldId('broughtForwardReason')} label="Why the review is brought forward (if it is)" error={errors['broughtForwardReason']}>
          {({ id, describedBy, invalid }) => <textarea id={id} value={draft.broughtForwardReason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ broughtForwardReason: e.target.value })} />}
        </Field>
        <AudienceField
          path="broughtForwardReasonRestriction"
          idOf={fieldId}
          subject="why the review is brought forward"
          value={draft.broughtForwardReasonRestriction}
          people={conference}
          errors={errors}
          onChange={(broughtForwardReasonRestriction) => change({ broughtForwardReasonRestriction })}
        />
      </fieldset>
      {editable && (
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Save the plan
          </button>
        </div>
      )}
    </form>
  );
}
