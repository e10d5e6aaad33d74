import type { ConferenceDetail } from '../../../shared/conference/details';
import { DISSENT_ABOUT_LABELS, DISSENT_KIND_LABELS, type Dissent } from '../../../shared/decision/schema';
import type { Child } from '../../../shared/family/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { AudienceTag } from '../audience/AudienceTag';
import { DissentForm } from './DissentForm';
import { ItemButtons } from './ItemButtons';
import { RemoveItem } from './RemoveItem';
import { useItemEditing } from './useItemEditing';

interface DissentItemProps {
  readonly conference: ConferenceDetail;
  readonly child: Child;
  readonly dissent: Dissent;
  readonly editable: boolean;
  readonly focusAfterRemove: string;
}

/** One disagreement or formal dissent: changed in place, or removed after a second step. */
export function DissentItem({ conference, child, dissent: d, editable, focusAfterRemove }: DissentItemProps) {
  const editing = useItemEditing(d.id);
  const name = `${d.professionalName}’s ${d.kind === 'formal-dissent' ? 'formal dissent' : 'disagreement'} about ${child.displayName}`;
  if (editing.mode === 'change') {
    return (
      <li>
        <DissentForm conference={conference} child={child} existing={d} name={name} formId={editing.ids.form} onDone={editing.closeForm} />
      </li>
    );
  }
  return (
    <li className="decision-dissent__item">
      <AudienceTag restriction={d.restriction} people={conference} />
      <strong>{DISSENT_KIND_LABELS[d.kind]}</strong> by {d.professionalName} ({d.agency}) about {DISSENT_ABOUT_LABELS[d.about].toLowerCase()}, raised {formatIsoDate(d.raisedOn)} at {d.raisedAt}
      {!d.withinWindow && <span className="tag tag--late"> After the dissent window</span>}: {d.grounds}
      {d.escalatedTo && <> Escalated to {d.escalatedTo}.</>}
      {d.outcome && <> Outcome: {d.outcome}</>}
      {editable && editing.mode === 'view' && <ItemButtons editing={editing} name={name} />}
      {editable && editing.mode === 'remove' && (
        <RemoveItem
          name={name}
          consequence="It is taken off the record of the decision."
          remove={() => api.removeDissent({ conferenceId: conference.id, id: d.id })}
          focusAfter={focusAfterRemove}
          onCancel={editing.cancelRemove}
        />
      )}
    </li>
  );
}
