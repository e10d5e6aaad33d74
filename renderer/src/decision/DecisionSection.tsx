import { useState, type FormEvent } from 'react';
import { FOR_EVERYONE } from '../../../shared/audience/restriction';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Child } from '../../../shared/family/schema';
import type { DecisionRecord } from '../../../shared/decision/record';
import { outcomesOffered } from '../../../shared/decision/rules';
import {
  AGENCY_VIEW_LABELS,
  AGENCY_VIEWS,
  ALTERNATIVE_LABELS,
  ALTERNATIVES,
  CATEGORIES,
  CATEGORY_LABELS,
  DECISION_OUTCOME_LABELS,
  ENDING_REASON_LABELS,
  ENDING_REASONS,
  FAMILY_AGREEMENT,
  FAMILY_AGREEMENT_LABELS,
  hasPlan,
  LIMB_LABELS,
  LIMB_TEXT,
  LIMBS,
  SaveDecisionSchema,
  type AgencyView,
  type Decision,
  type DecisionDetails,
  type FamilyView,
} from '../../../shared/decision/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { DateInput } from '../app/DateInput';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field, fieldId } from '../app/fields';
import { Announcer } from '../family/Announcer';
import { DissentPanel } from './DissentPanel';
import { AmendmentNotes, Checkboxes, FinalisedNotice, Radios, useSave } from './parts';
import { useRecordFor } from './store';

/** A decision for every child in the household, with the two-limb test shown in substance. */
export function DecisionSection({ conference }: { readonly conference: ConferenceDetail }) {
  const record = useRecordFor(conference.id, conference.updatedAt);
  if (record.state === 'failed') return <ErrorMessage error={record.error} />;
  if (record.state === 'loading') return <p aria-live="polite">Loading the decisions…</p>;
  const value = record.value;
  const editable = value.status !== 'finalised';
  const missing = conference.children.filter((c) => !value.decisions.some((d) => d.childId === c.id));
  return (
    <Announcer>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decisions</h2>
        {!editable && <FinalisedNotice conference={conference} />}
        <div className="panel decision-test">
          <h3>The test for a child protection plan</h3>
          <p>A plan is needed when either part of the test is met:</p>
          <ol className="decision-limbs">
            {LIMBS.map((limb) => (
              <li key={limb}>
                <strong>({limb})</strong> {LIMB_TEXT[limb]}
              </li>
            ))}
          </ol>
          <p>Decisions are made for each child. Where the conference does not agree, the chair decides and gives reasons.</p>
        </div>
        <p>
          {missing.length === 0
            ? 'Every child in the household has a decision.'
            : `Still to decide: ${missing.map((c) => c.displayName).join(', ')}. The conference cannot be finalised until every child has a decision.`}
        </p>
        {conference.children.map((child) => (
          <ChildDecision key={child.id} conference={conference} record={value} child={child} editable={editable} />
        ))}
      </section>
    </Announcer>
  );
}

function ChildDecision({ conference, record, child, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly child: Child; readonly editable: boolean }) {
  const decision = record.decisions.find((d) => d.childId === child.id);
  const [editing, setEditing] = useState(false);
  const headingId = `decision-${child.id}`;
  return (
    <section className="panel decision-child" aria-labelledby={headingId}>
      <h3 id={headingId}>{child.displayName}</h3>
      {decision && !editing && <DecisionSummary decision={decision} conference={conference} record={record} />}
      {!decision && !editing && <p>No decision recorded yet.</p>}
      {editable && !editing && (
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          {decision ? `Change the decision for ${child.displayName}` : `Record the decision for ${child.displayName}`}
        </button>
      )}
      {editing && <DecisionForm conference={conference} record={record} child={child} decision={decision} onDone={() => setEditing(false)} />}
      <DissentPanel conference={conference} record={record} child={child} editable={editable} />
    </section>
  );
}

function DecisionSummary({ decision, conference, record }: { readonly decision: Decision; readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const professional = (id: string) =>
    conference.invitations.find((i) => i.invitee.kind === 'professional' && i.invitee.professionalId === id)?.invitee.name ?? (conference.chair?.id === id ? conference.chair.name : 'A professional');
  const member = (id: string) => conference.familyMembers.find((m) => m.id === id)?.displayName ?? 'A family member';
  const categories = (list: readonly string[]) => list.map((c) => CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]).join(' and ');
  return (
    <>
      <dl className="summary-list">
        <div>
          <dt>Decision</dt>
          <dd>{DECISION_OUTCOME_LABELS[decision.outcome]}</dd>
        </div>
        {decision.outcome !== 'deferred' && (
          <div>
            <dt>Is the test met?</dt>
            <dd>{decision.testMet === null ? 'Not answered' : decision.testMet ? `Yes: ${decision.limb ? LIMB_LABELS[decision.limb] : ''}` : 'No'}</dd>
          </div>
        )}
        {hasPlan(decision.outcome) && (
          <div>
            <dt>Category</dt>
            <dd>
              Latest: {categories(decision.categories)} ({decision.latestCensusCode}). Initial: {categories(decision.initialCategories)} ({decision.initialCensusCode})
              {decision.categoryJustification && <> — {decision.categoryJustification}</>}
            </dd>
          </div>
        )}
        {decision.instead && (
          <div>
            <dt>What happens instead</dt>
            <dd>{ALTERNATIVE_LABELS[decision.instead]}</dd>
          </div>
        )}
        {decision.endingReason && (
          <div>
            <dt>Why the plan ends</dt>
            <dd>{ENDING_REASON_LABELS[decision.endingReason]}</dd>
          </div>
        )}
        {decision.outcome === 'deferred' && decision.deferredTo && (
          <div>
            <dt>Deferred to the review on</dt>
            <dd>
              {formatIsoDate(decision.deferredTo)}: {decision.deferredReason}
            </dd>
          </div>
        )}
        <div>
          <dt>The chair’s decision and reasons</dt>
          <dd className="family-pre-line">{decision.chairReasons}</dd>
        </div>
        <div>
          <dt>Each agency’s view</dt>
          <dd>
            {decision.agencyViews.length === 0 ? (
              'None recorded'
            ) : (
              <ul className="family-plain-list">
                {decision.agencyViews.map((view) => (
                  <li key={view.professionalId}>
                    {professional(view.professionalId)}: {AGENCY_VIEW_LABELS[view.view]}
                    {view.categories.length > 0 && `; category ${categories(view.categories)}`}
                    {view.reason && `. ${view.reason}`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>The family’s view</dt>
          <dd>
            {decision.familyViews.length === 0 ? (
              'None recorded'
            ) : (
              <ul className="family-plain-list">
                {decision.familyViews.map((view) => (
                  <li key={view.familyMemberId}>
                    {member(view.familyMemberId)}: {FAMILY_AGREEMENT_LABELS[view.agreement]}
                    {view.view && `. ${view.view}`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <AmendmentNotes amendments={record.amendments} entityId={decision.id} />
    </>
  );
}

type Draft = Omit<DecisionDetails, 'outcome'> & { outcome: DecisionDetails['outcome'] | null };

function DecisionForm({
  conference,
  record,
  child,
  decision,
  onDone,
}: {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  readonly child: Child;
  readonly decision: Decision | undefined;
  readonly onDone: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(
    decision ?? {
      testMet: null,
      limb: null,
      outcome: null,
      instead: null,
      endingReason: null,
      categories: [],
      categoryJustification: '',
      chairReasons: '',
      chairReasonsRestriction: FOR_EVERYONE,
      agencyViews: [],
      familyViews: [],
      deferredTo: null,
      deferredReason: '',
    },
  );
  const { save, errors, summary } = useSave(SaveDecisionSchema, (input) => api.saveDecision(input), 'decision');
  const change = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }));
  const offered = outcomesOffered(record.conferenceType, child.isUnborn, record.childrenWithPreviousPlan.includes(child.id));
  const outcome = draft.outcome;
  const professionals = conference.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [{ id: i.invitee.professionalId, name: i.invitee.name, role: i.invitee.role }] : []));
  const prefix = `${child.id.slice(0, 8)}-`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, childId: child.id, decision: { ...draft, outcome: draft.outcome ?? undefined } }, `Decision for ${child.displayName} saved.`)) onDone();
  };
  const error = (path: string) => errors[path];
  const outcomeLabels = Object.fromEntries(offered.map((o) => [o, DECISION_OUTCOME_LABELS[o]])) as Record<(typeof offered)[number], string>;
  const showTest = outcome !== 'deferred';
  const showPlan = outcome !== null && hasPlan(outcome);
  return (
    <form className="form-panel decision-form" onSubmit={submit} noValidate aria-label={`Decision for ${child.displayName}`}>
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
            errors={errors}
            onChange={(next) => change({ agencyViews: draft.agencyViews.map((v, i) => (i === index ? next : v)) })}
            onRemove={() => change({ agencyViews: draft.agencyViews.filter((_, i) => i !== index) })}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => change({ agencyViews: [...draft.agencyViews, { professionalId: '', view: 'plan', categories: [], reason: '', restriction: FOR_EVERYONE }] })}>
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
            errors={errors}
            onChange={(next) => change({ familyViews: draft.familyViews.map((v, i) => (i === index ? next : v)) })}
            onRemove={() => change({ familyViews: draft.familyViews.filter((_, i) => i !== index) })}
          />
        ))}
        <button type="button" className="button button--secondary" onClick={() => change({ familyViews: [...draft.familyViews, { familyMemberId: '', agreement: 'agrees', view: '', restriction: FOR_EVERYONE }] })}>
          Add a family member’s view
        </button>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save the decision for {child.displayName}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AgencyViewRow({
  index,
  prefix,
  view,
  professionals,
  errors,
  onChange,
  onRemove,
}: {
  readonly index: number;
  readonly prefix: string;
  readonly view: AgencyView;
  readonly professionals: readonly { id: string; name: string; role: string }[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (view: AgencyView) => void;
  readonly onRemove: () => void;
}) {
  return (
    <div className="decision-view">
      <Field id={fieldId(`agencyViews.${index}.professionalId`)} label={`Agency view ${index + 1}: who`} error={errors[`agencyViews.${index}.professionalId`]}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={view.professionalId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, professionalId: e.target.value })}>
            <option value="">Choose a professional</option>
            {professionals.map((p) => (
              <option key={p.id} value={p.id}>{`${p.name} (${p.role})`}</option>
            ))}
          </select>
        )}
      </Field>
      <Radios legend="Their view" id={`${prefix}agency-${index}-view`} options={AGENCY_VIEWS} labels={AGENCY_VIEW_LABELS} value={view.view} onChange={(v) => onChange({ ...view, view: v })} />
      <Checkboxes legend="The category they think fits (if they said)" id={`${prefix}agency-${index}-categories`} options={CATEGORIES} labels={CATEGORY_LABELS} value={view.categories} onChange={(categories) => onChange({ ...view, categories })} />
      <Field id={fieldId(`agencyViews.${index}.reason`)} label="Their reason" error={errors[`agencyViews.${index}.reason`]}>
        {({ id, describedBy, invalid }) => <textarea id={id} value={view.reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, reason: e.target.value })} />}
      </Field>
      <button type="button" className="button button--link" onClick={onRemove}>
        Remove agency view {index + 1}
      </button>
    </div>
  );
}

function FamilyViewRow({
  index,
  prefix,
  view,
  members,
  errors,
  onChange,
  onRemove,
}: {
  readonly index: number;
  readonly prefix: string;
  readonly view: FamilyView;
  readonly members: readonly { id: string; name: string }[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (view: FamilyView) => void;
  readonly onRemove: () => void;
}) {
  return (
    <div className="decision-view">
      <Field id={fieldId(`familyViews.${index}.familyMemberId`)} label={`Family view ${index + 1}: who`} error={errors[`familyViews.${index}.familyMemberId`]}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={view.familyMemberId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, familyMemberId: e.target.value })}>
            <option value="">Choose a family member</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Radios legend="Do they agree with the decision?" id={`${prefix}family-${index}-agreement`} options={FAMILY_AGREEMENT} labels={FAMILY_AGREEMENT_LABELS} value={view.agreement} onChange={(agreement) => onChange({ ...view, agreement })} />
      <Field id={fieldId(`familyViews.${index}.view`)} label="Their view, in their words" error={errors[`familyViews.${index}.view`]}>
        {({ id, describedBy, invalid }) => <textarea id={id} value={view.view} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange({ ...view, view: e.target.value })} />}
      </Field>
      <button type="button" className="button button--link" onClick={onRemove}>
        Remove family view {index + 1}
      </button>
    </div>
  );
}
