import { useEffect, useState } from 'react';
import { LEFT_OUT_RULE_LABELS } from '../../../shared/audience/left-out';
import type { Child } from '../../../shared/family/schema';
import type { ApiError } from '../../../shared/contract/result';
import type { FamilyDocumentKind, FamilyPlanCheck } from '../../../shared/documents/request';
import { MIN_OVERRIDE_REASON } from '../../../shared/language/gate';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field } from '../app/fields';
import { useAnnounce } from '../family/Announcer';

/** The fields of one family document, for the error summary's links. */
export const copyFields = (kind: FamilyDocumentKind) => ({
  recipient: `field-${kind}-recipientId`,
  addedChildren: `field-${kind}-addedChildIds`,
  addedReason: `field-${kind}-addedReason`,
  override: `field-${kind}-overrideReason`,
});

type Check = NonNullable<FamilyPlanCheck['check']>;
type LeftOut = NonNullable<FamilyPlanCheck['leftOut']>[number];

export interface CopyProblems {
  readonly recipient?: string;
  readonly addedChildren?: string;
  readonly addedReason?: string;
  /** The application's refusal of the family's plan as it is; the chair may then give a reason. */
  readonly refusal?: string;
}

interface FamilyCopyChoiceProps {
  readonly kind: FamilyDocumentKind;
  readonly conferenceId: string;
  /** Checked again when the conference changes. */
  readonly updatedAt: string;
  readonly children: readonly Child[];
  readonly recipientId: string | null;
  readonly onRecipient: (recipientId: string) => void;
  readonly addedChildIds: readonly string[];
  readonly onAddedChildIds: (ids: readonly string[]) => void;
  readonly addedReason: string;
  readonly onAddedReason: (reason: string) => void;
  readonly overrideReason: string;
  readonly onOverrideReason: (reason: string) => void;
  readonly problems: CopyProblems;
}

const HINTS: Readonly<Record<FamilyDocumentKind, string>> = {
  'family-plan': 'Each parent or carer gets their own copy, and the family network shares one. Each copy holds only what may reach the people who read it.',
  letter: 'Each parent or carer gets their own letter, and the family network shares one; the copy for everyone invited holds only what the whole family may read.',
};

/**
 * Who a family document is for, which children their copy covers, and the chair's check before it
 * is made: what was left out of that copy and why, and for the family's plan how it reads.
 */
export function FamilyCopyChoice(props: FamilyCopyChoiceProps) {
  const { kind, conferenceId, updatedAt, recipientId, addedChildIds, addedReason, problems } = props;
  const fields = copyFields(kind);
  const announce = useAnnounce();
  const [recipients, setRecipients] = useState<FamilyPlanCheck['recipients'] | null>(null);
  const [leftOut, setLeftOut] = useState<readonly LeftOut[] | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  // The reason is sent once the chair stops typing, so the check does not run on every key.
  const [reasonSent, setReasonSent] = useState(addedReason);
  useEffect(() => {
    const timer = setTimeout(() => setReasonSent(addedReason), 600);
    return () => clearTimeout(timer);
  }, [addedReason]);
  const added = addedChildIds.join(' ');
  // A child added without a reason yet: the copy is checked again once the chair says why.
  const sentReason = added === '' ? '' : reasonSent.trim();
  const waiting = added !== '' && sentReason === '';

  useEffect(() => {
    let live = true;
    setCheck(null);
    setLeftOut(null);
    if (waiting) return;
    const request = { conferenceId, kind, recipientId, addedChildIds: added === '' ? [] : added.split(' '), addedReason: sentReason === '' ? null : sentReason };
    void api.checkFamilyPlan(request).then((result) => {
      if (!live) return;
      if (!result.ok) {
        // A refusal about the children added is shown beside those fields; the rest as it came.
        setError(result.error.fields?.['addedChildIds'] || result.error.fields?.['addedReason'] ? null : result.error);
        setRefusal(result.error.fields?.['addedChildIds'] ?? result.error.fields?.['addedReason'] ?? null);
        return;
      }
      setError(null);
      setRefusal(null);
      setRecipients(result.value.recipients);
      setLeftOut(result.value.leftOut);
      setCheck(result.value.check);
      const checked = result.value.check;
      const out = result.value.leftOut;
      if (checked) announce(`Checked. ${readingAgeSentence(checked)} ${checked.gate.reason} ${leftOutSentence(out)}`);
      else if (out) announce(`Checked. ${leftOutSentence(out)}`);
    });
    return () => {
      live = false;
    };
  }, [conferenceId, kind, updatedAt, recipientId, added, sentReason, waiting, announce]);

  const chosen = recipients?.find((r) => r.id === recipientId) ?? null;
  const hintId = `${kind}-recipient-hint`;
  const errorId = `${kind}-recipient-error`;
  return (
    <>
      {error && <ErrorMessage error={error} />}
      {recipients === null && !error && <p>Finding who it can go to…</p>}
      {recipients && recipients.length === 0 && <p className="empty-state">Nobody can receive it yet: add the parents and carers in Family and network.</p>}
      {recipients && recipients.length > 0 && (
        <div className={`field${problems.recipient ? ' field--error' : ''}`}>
          <fieldset className="radios documents-recipients" aria-describedby={[hintId, problems.recipient ? errorId : ''].filter(Boolean).join(' ')}>
            <legend className="field__label">Who is this copy for?</legend>
            <p className="field__hint" id={hintId}>
              {HINTS[kind]}
            </p>
            {problems.recipient && (
              <p className="field__error" id={errorId}>
                <span className="visually-hidden">Error: </span>
                {problems.recipient}
              </p>
            )}
            {recipients.map((recipient, index) => {
              const id = index === 0 ? fields.recipient : `${fields.recipient}-${index}`;
              return (
                <div className="radio documents-recipient" key={recipient.id}>
                  <input type="radio" id={id} name={`${kind}-recipient`} value={recipient.id} checked={recipientId === recipient.id} onChange={() => props.onRecipient(recipient.id)} />
                  <label htmlFor={id}>
                    {sentenceCase(recipient.name)}
                    <span className="documents-recipient__hint">
                      {' '}
                      ({recipient.description})
                    </span>
                  </label>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}
      {chosen && <AddedChildren {...props} covered={chosen.childIds} refusal={refusal} />}
      {waiting && <p>Say why this copy covers another child; then it is checked again.</p>}
      {recipientId && !waiting && leftOut === null && !error && !refusal && <p>Checking the copy…</p>}
      {leftOut && <LeftOutList kind={kind} leftOut={leftOut} />}
      {check && <CheckResult check={check} {...props} />}
    </>
  );
}

/** The children this copy covers, and any others the chair adds, with the reason. */
function AddedChildren({ kind, children, covered, addedChildIds, onAddedChildIds, addedReason, onAddedReason, problems, refusal }: FamilyCopyChoiceProps & { readonly covered: readonly string[]; readonly refusal: string | null }) {
  const fields = copyFields(kind);
  const own = children.filter((c) => covered.includes(c.id));
  const others = children.filter((c) => !covered.includes(c.id));
  const childrenError = problems.addedChildren ?? (refusal !== null && addedChildIds.length === 0 ? refusal : undefined);
  const hintId = `${fields.addedChildren}-hint`;
  const errorId = `${fields.addedChildren}-error`;
  return (
    <>
      <p>{own.length === 0 ? 'This copy covers no child yet: they are not recorded as related to any child.' : `This copy covers ${joinNames(own.map((c) => c.displayName))}.`}</p>
      {others.length > 0 && (
        <div className={`field${childrenError ? ' field--error' : ''}`}>
          <fieldset className="radios" aria-describedby={[hintId, childrenError ? errorId : ''].filter(Boolean).join(' ')}>
            <legend className="field__label">Add another child to this copy (the chair)</legend>
            <p className="field__hint" id={hintId}>
              Only when this person should have that child’s decision and plan too. The reason is kept with the record of the documents made.
            </p>
            {childrenError && (
              <p className="field__error" id={errorId}>
                <span className="visually-hidden">Error: </span>
                {childrenError}
              </p>
            )}
            {others.map((child, index) => {
              const id = index === 0 ? fields.addedChildren : `${fields.addedChildren}-${index}`;
              return (
                <div className="checkbox" key={child.id}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={addedChildIds.includes(child.id)}
                    onChange={(event) => onAddedChildIds(event.target.checked ? [...addedChildIds, child.id] : addedChildIds.filter((other) => other !== child.id))}
                  />
                  <label htmlFor={id}>{child.displayName}</label>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}
      {addedChildIds.length > 0 && (
        <Field id={fields.addedReason} label="Why this copy covers another child" error={problems.addedReason ?? (refusal !== null && addedChildIds.length > 0 ? refusal : undefined)}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={2} className="width-wide" value={addedReason} onChange={(event) => onAddedReason(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
      )}
    </>
  );
}

/** What was left out of this copy and why, so the chair sees it before anything goes out (a child's own copy too). */
export function LeftOutList({ kind, leftOut }: { readonly kind: FamilyDocumentKind | 'child-plan'; readonly leftOut: readonly LeftOut[] }) {
  const headingId = `${kind}-left-out-heading`;
  return (
    <div className="documents-check" role="region" aria-labelledby={headingId}>
      <h4 id={headingId}>Left out of this copy</h4>
      {leftOut.length === 0 ? (
        <p>Nothing: everything recorded may reach the people who read this copy.</p>
      ) : (
        <ul className="documents-left-out">
          {leftOut.map((entry, index) => (
            <li key={`${entry.kind}-${entry.id}-${index}`}>
              {sentenceCase(entry.description)}: {LEFT_OUT_RULE_LABELS[entry.rule].toLowerCase()}.{entry.summaryInstead && ' The summary that may be shared is in its place.'}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function leftOutSentence(leftOut: readonly LeftOut[] | null): string {
  if (leftOut === null || leftOut.length === 0) return 'Nothing is left out of this copy.';
  return leftOut.length === 1 ? 'One thing is left out of this copy.' : `${leftOut.length} things are left out of this copy.`;
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** 'the family network' starts a line here. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function readingAgeSentence(check: Check): string {
  if (check.readingAge === null) return 'Too few words to work out a reading age.';
  return `Reading age ${check.readingAge.toLocaleString('en-GB', { maximumFractionDigits: 1 })} (target ${check.readingAgeTarget} or under).`;
}

function CheckResult({ check, kind, overrideReason, onOverrideReason, problems }: { readonly check: Check } & FamilyCopyChoiceProps) {
  const overTarget = check.readingAge !== null && check.readingAge > check.readingAgeTarget;
  const needsReason = !check.gate.allowed || problems.refusal !== undefined;
  return (
    <div className="documents-check" aria-labelledby="family-plan-check-heading" role="region">
      <h4 id="family-plan-check-heading">How the plan reads</h4>
      <ul className="documents-check__facts">
        <li>
          {readingAgeSentence(check)}
          {overTarget && ' Harder to read than the authority’s target: shorter sentences and everyday words help.'}
        </li>
        <li>{check.words.toLocaleString('en-GB')} words.</li>
        <li className={check.gate.allowed ? undefined : 'documents-check__blocked'}>{check.gate.reason}</li>
        {check.warnings > 0 && <li>{check.warnings === 1 ? 'One suggestion about the wording does not hold the plan back.' : `${check.warnings} suggestions about the wording do not hold the plan back.`}</li>}
      </ul>
      {check.errors.length > 0 && (
        <>
          <h5>Wording that would harm or confuse the family</h5>
          <ul className="documents-check__errors">
            {check.errors.map((problem, index) => (
              <li key={`${index}-${problem.excerpt}`}>
                {problem.message} <q className="documents-check__excerpt">{problem.excerpt}</q>
              </li>
            ))}
          </ul>
          <p>Change the wording where it was written (the plan, decisions and analysis), or the chair records why it must go out as it is.</p>
        </>
      )}
      {needsReason && (
        <Field id={copyFields(kind).override} label="Why the plan must go out as it is (the chair)" hint={`At least ${MIN_OVERRIDE_REASON} characters. Only when the wording cannot be changed in time. The reason is kept with the record of the plan made.`} error={problems.refusal}>
          {({ id, describedBy, invalid }) => (
            <textarea id={id} rows={3} className="width-wide" value={overrideReason} onChange={(event) => onOverrideReason(event.target.value)} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
      )}
    </div>
  );
}
