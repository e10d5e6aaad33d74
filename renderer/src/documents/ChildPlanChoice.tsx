import { useEffect, useState } from 'react';
import type { ApiError } from '../../../shared/contract/result';
import type { ChildPlanCheck } from '../../../shared/documents/request';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useAnnounce } from '../family/Announcer';
import { LeftOutList, leftOutSentence } from './FamilyCopyChoice';
import { readingAgeSentence, WordingCheckResult, type WordingCheck } from './WordingCheck';

export const CHILD_FIELD = 'field-child-plan-recipientId';
export const CHILD_OVERRIDE_FIELD = 'field-child-plan-overrideReason';

type Child = ChildPlanCheck['children'][number];
type LeftOut = NonNullable<ChildPlanCheck['leftOut']>[number];

interface ChildPlanChoiceProps {
  readonly conferenceId: string;
  /** Checked again when the conference changes. */
  readonly updatedAt: string;
  readonly childId: string | null;
  readonly onChild: (childId: string | null) => void;
  readonly overrideReason: string;
  readonly onOverrideReason: (reason: string) => void;
  readonly childError: string | undefined;
  /** The application's refusal of the copy as it is; the chair may then give a reason. */
  readonly refusal: string | undefined;
}

const ageWords = (child: Child) => (child.age === null ? 'age not known' : `${child.age}`);

/**
 * Which children get their own copy (each child of 10 or over is offered one; the chair may
 * choose any child, or none), which copy to make now, and how it reads before it is made.
 */
export function ChildPlanChoice(props: ChildPlanChoiceProps) {
  const { conferenceId, updatedAt, childId, onChild } = props;
  const announce = useAnnounce();
  const [children, setChildren] = useState<readonly Child[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [check, setCheck] = useState<WordingCheck | null>(null);
  const [leftOut, setLeftOut] = useState<readonly LeftOut[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setCheck(null);
    setLeftOut(null);
    void api.checkChildPlan({ conferenceId, childId }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setError(null);
      setChildren(result.value.children);
      // The chair's choice stands once made; until then, the children offered a copy by default.
      setChosen((previous) => previous ?? new Set(result.value.children.filter((c) => c.offeredByDefault).map((c) => c.id)));
      setCheck(result.value.check);
      setLeftOut(result.value.leftOut);
      const checked = result.value.check;
      if (checked) announce(`Checked. ${leftOutSentence(result.value.leftOut)} ${readingAgeSentence(checked)} ${checked.gate.reason}`);
    });
    return () => {
      live = false;
    };
  }, [conferenceId, updatedAt, childId, announce]);

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen ?? []);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    if (!on && childId === id) onChild(null);
  };
  const offered = (children ?? []).filter((child) => chosen?.has(child.id));

  const hintId = 'child-plan-children-hint';
  const errorId = 'child-plan-recipient-error';
  return (
    <>
      {error && <ErrorMessage error={error} />}
      {children === null && !error && <p>Finding the children…</p>}
      {children && children.length === 0 && <p className="empty-state">No child can have their own copy yet: a copy is made for a child who has been born.</p>}
      {children && children.length > 0 && (
        <fieldset className="fieldset documents-recipients" aria-describedby={hintId}>
          <legend className="field__label">Which children get their own copy?</legend>
          <p className="field__hint" id={hintId}>
            Each child aged 10 or over is offered one. Choose any child who would like their own copy. Nothing kept from a child is ever in their copy.
          </p>
          {children.map((child) => {
            const id = `child-plan-offer-${child.id}`;
            return (
              <div className="checkbox" key={child.id}>
                <input type="checkbox" id={id} checked={chosen?.has(child.id) ?? false} onChange={(event) => toggle(child.id, event.target.checked)} />
                <label htmlFor={id}>
                  {child.name}
                  <span className="documents-recipient__hint"> (age {ageWords(child)})</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      )}
      {children && children.length > 0 && offered.length === 0 && <p>No child is chosen to get their own copy.</p>}
      {offered.length > 0 && (
        <div className={`field${props.childError ? ' field--error' : ''}`}>
          <fieldset className="radios documents-recipients" aria-describedby={props.childError ? errorId : undefined}>
            <legend className="field__label">Whose copy to make now?</legend>
            {props.childError && (
              <p className="field__error" id={errorId}>
                <span className="visually-hidden">Error: </span>
                {props.childError}
              </p>
            )}
            {offered.map((child, index) => {
              const id = index === 0 ? CHILD_FIELD : `${CHILD_FIELD}-${index}`;
              return (
                <div className="radio documents-recipient" key={child.id}>
                  <input type="radio" id={id} name="child-plan-recipient" value={child.id} checked={childId === child.id} onChange={() => onChild(child.id)} />
                  <label htmlFor={id}>{child.name}’s own copy</label>
                </div>
              );
            })}
          </fieldset>
        </div>
      )}
      {childId && !check && !error && <p>Checking the copy…</p>}
      {childId && leftOut && <LeftOutList kind="child-plan" leftOut={leftOut} />}
      {childId && check && (
        <WordingCheckResult check={check} what="copy" overrideField={CHILD_OVERRIDE_FIELD} overrideReason={props.overrideReason} onOverrideReason={props.onOverrideReason} refusal={props.refusal} />
      )}
    </>
  );
}
