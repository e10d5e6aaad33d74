import { useState } from 'react';
import type { AgendaItemDraft } from '../../../shared/agenda/schema';
import { CONFERENCE_TYPE_LABELS, type ConferenceType } from '../../../shared/conference/schema';
import type { ApiError } from '../../../shared/contract/result';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';

interface ResetToTemplateProps {
  readonly prefix: string;
  readonly conferenceType: ConferenceType;
  readonly onLoaded: (items: readonly AgendaItemDraft[]) => void;
}

/** Replaces the form's items with the authority's template, after the chair confirms. */
export function ResetToTemplate({ prefix, conferenceType, onLoaded }: ResetToTemplateProps) {
  const [confirming, setConfirming] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const buttonId = `${prefix}-reset`;
  const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const ask = () => {
    setError(null);
    setConfirming(true);
    focusLater(`${prefix}-reset-confirm`);
  };
  const cancel = () => {
    setConfirming(false);
    focusLater(buttonId);
  };
  const confirm = async () => {
    setLoading(true);
    const result = await api.getAgendaTemplate({ conferenceType });
    setLoading(false);
    setConfirming(false);
    if (result.ok) onLoaded(result.value.items);
    else setError(result.error);
    focusLater(buttonId);
  };

  if (!confirming) {
    return (
      <>
        {error && <ErrorMessage error={error} />}
        <button type="button" id={buttonId} className="button button--secondary" onClick={ask}>
          Reset to the authority’s template
        </button>
      </>
    );
  }
  const question = `${prefix}-reset-question`;
  return (
    <div className="notice notice--warning agenda-reset">
      <p id={question}>
        Replace every item with the authority’s template for {CONFERENCE_TYPE_LABELS[conferenceType].toLowerCase()} conferences? Nothing is
        saved until you choose Save agenda.
      </p>
      <div className="button-row">
        <button
          type="button"
          id={`${prefix}-reset-confirm`}
          className="button button--primary"
          aria-describedby={question}
          disabled={loading}
          onClick={() => void confirm()}
        >
          {loading ? 'Loading the template…' : 'Yes, reset the agenda'}
        </button>
        <button type="button" className="button button--secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
