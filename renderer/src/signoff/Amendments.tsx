import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { AMENDMENT_SECTION_LABELS } from '../../../shared/decision/signoff';
import { AudienceTag } from '../audience/AudienceTag';
import { amendableItems } from './amendableItems';
import { when } from './when';

/** Every correction since sign-off, with the item it corrects. */
export function Amendments({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  if (record.amendments.length === 0) return null;
  const items = amendableItems(conference, record);
  return (
    <section className="panel" aria-labelledby="amendments-heading">
      <h3 id="amendments-heading">Amendments</h3>
      <ul className="family-plain-list signoff-amendments">
        {record.amendments.map((a) => {
          const item = items.find((i) => i.id === a.entityId);
          return (
            <li key={a.id}>
              <p>
                <strong>
                  {AMENDMENT_SECTION_LABELS[a.section]}
                  {item && `, ${item.label}`}
                </strong>
                , {when(a.amendedAt)} by {a.amendedBy}
              </p>
              <AudienceTag restriction={a.restriction} people={conference} />
              {a.original && <p>Original: {a.original}</p>}
              <p>Correction: {a.correction}</p>
              <p>Reason: {a.reason}</p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
