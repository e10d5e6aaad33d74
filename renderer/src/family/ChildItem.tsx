import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { UpdateChildSchema, type Child } from '../../../shared/family/schema';
import { api } from '../api/client';
import { fieldId } from '../app/fields';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { useAnnounce } from './Announcer';
import { ChildDetails } from './ChildDetails';
import { ChildForm, draftOfChild } from './ChildForm';
import { focusSoon, itemIds } from './focus';
import { RecordBirthForm } from './RecordBirthForm';
import { RemovalConfirmation } from '../app/RemovalConfirmation';

type Mode = 'view' | 'edit' | 'record-birth' | 'remove';

interface ChildItemProps {
  readonly child: Child;
  /** Where focus goes once this child is removed. */
  readonly onRemoved: () => void;
}

/** One child: their details, edited in place; an unborn baby's birth; removal after a second step. */
export function ChildItem({ child, onRemoved }: ChildItemProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnounce();
  const [mode, setMode] = useState<Mode>('view');
  const ids = itemIds(child.id);

  const finish = (focusId: string, message?: string) => {
    setMode('view');
    if (message) announce(message);
    focusSoon(focusId);
  };

  const saved = (conference: ConferenceDetail) => {
    const name = conference.children.find((c) => c.id === child.id)?.displayName ?? child.displayName;
    finish(ids.heading, `Saved ${name}.`);
  };

  return (
    <li className="panel family-item">
      <h3 id={ids.heading} tabIndex={-1}>
        {child.displayName}
      </h3>
      {mode === 'edit' ? (
        <ChildForm
          formKey={`child-${child.id}`}
          title={`Edit ${child.displayName}’s details`}
          headingLevel={4}
          initial={draftOfChild(child)}
          askStatus={false}
          submitLabel="Save"
          save={(details) => submitForm(UpdateChildSchema, { childId: child.id, child: details }, (input) => applyChange(api.updateChild(input)), 'child')}
          onSaved={saved}
          onCancel={() => finish(ids.edit)}
        />
      ) : mode === 'record-birth' ? (
        <RecordBirthForm child={child} onSaved={saved} onCancel={() => finish(ids.recordBirth)} />
      ) : (
        <>
          <ChildDetails child={child} />
          {mode === 'remove' ? (
            <RemovalConfirmation
              name={child.displayName}
              consequence="They will be taken off this family’s record, for this conference and any later one."
              remove={() => applyChange(api.removeChild({ childId: child.id }))}
              onRemoved={() => {
                announce(`Removed ${child.displayName}.`);
                onRemoved();
              }}
              onCancel={() => finish(ids.remove)}
            />
          ) : (
            <div className="button-row">
              <button type="button" id={ids.edit} className="button button--secondary" onClick={() => {
                  setMode('edit');
                  focusSoon(fieldId(`child-${child.id}.${child.isUnborn ? 'familyName' : 'givenName'}`));
                }}>
                Edit<span className="visually-hidden"> {child.displayName}</span>
              </button>
              {child.isUnborn && (
                <button type="button" id={ids.recordBirth} className="button button--secondary" onClick={() => {
                    setMode('record-birth');
                    focusSoon(fieldId(`birth-${child.id}.givenName`));
                  }}>
                  Record the birth<span className="visually-hidden"> of {child.displayName}</span>
                </button>
              )}
              <button type="button" id={ids.remove} className="button button--link" onClick={() => setMode('remove')}>
                Remove<span className="visually-hidden"> {child.displayName}</span>
              </button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
