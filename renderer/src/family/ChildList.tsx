import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AddChildSchema, type Child } from '../../../shared/family/schema';
import { api } from '../api/client';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { useAnnounce } from './Announcer';
import { ChildForm, emptyChildDraft } from './ChildForm';
import { ChildItem } from './ChildItem';
import { focusSoon, itemIds } from './focus';

const HEADING_ID = 'family-children-heading';
const ADD_BUTTON_ID = 'family-add-child';

/** The family's children, born and unborn, each editable in place, and a way to add another. */
export function ChildList({ conferenceId, children }: { readonly conferenceId: string; readonly children: readonly Child[] }) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnounce();
  const [adding, setAdding] = useState(false);

  const added = (conference: ConferenceDetail) => {
    setAdding(false);
    const known = new Set(children.map((child) => child.id));
    const child = conference.children.find((c) => !known.has(c.id));
    announce(child ? `Saved ${child.displayName}.` : 'Saved.');
    focusSoon(child ? itemIds(child.id).heading : ADD_BUTTON_ID);
  };

  return (
    <section aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        Children
      </h2>
      <ul className="family-list">
        {children.map((child) => (
          <ChildItem key={child.id} child={child} onRemoved={() => focusSoon(HEADING_ID)} />
        ))}
      </ul>
      {adding ? (
        <div className="panel">
          <ChildForm
            formKey="new-child"
            title="Add a child"
            headingLevel={3}
            initial={emptyChildDraft(children.at(-1)?.familyName ?? '')}
            askStatus
            submitLabel="Add child"
            save={(details) => submitForm(AddChildSchema, { conferenceId, child: details }, (input) => applyChange(api.addChild(input)), 'child')}
            onSaved={added}
            onCancel={() => {
              setAdding(false);
              focusSoon(ADD_BUTTON_ID);
            }}
          />
        </div>
      ) : (
        <button
          type="button"
          id={ADD_BUTTON_ID}
          className="button button--secondary"
          onClick={() => {
            setAdding(true);
            focusSoon('field-new-child-status');
          }}
        >
          Add a child
        </button>
      )}
    </section>
  );
}
