import { useCallback, useState } from 'react';
import {
  INVITATION_RESPONSE_LABELS,
  INVITATION_RESPONSES,
  type Invitation,
  type InvitationResponse,
} from '../../../shared/invitations/schema';
import { api } from '../api/client';
import { useConferences } from '../conference/store';
import { roleAndAgency } from '../professionals/describeProfessional';
import { useAnnouncer } from './announcer';
import { ConfirmRemoval } from './ConfirmRemoval';
import { useQueuedSave } from './useQueuedSave';

interface Answer {
  readonly response: InvitationResponse;
  readonly directContact: boolean;
}

interface InvitationRowProps {
  readonly invitation: Invitation;
  /** Describes the "Direct contact" column, read with each row's tick box. */
  readonly directContactHintId: string;
  readonly onRemoved: () => void;
}

/** One person invited: their answer and direct contact are saved as soon as they change. */
export function InvitationRow({ invitation, directContactHintId, onRemoved }: InvitationRowProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const announce = useAnnouncer((state) => state.announce);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { invitee } = invitation;
  const isProfessional = invitee.kind === 'professional';

  const save = useCallback(
    async (answer: Answer) => {
      const result = await applyChange(
        api.setInvitationResponse({
          invitationId: invitation.id,
          response: answer.response,
          ...(isProfessional ? { directContact: answer.directContact } : {}),
        }),
      );
      setError(result.ok ? null : result.error.message);
      setSaved(result.ok);
      announce(result.ok ? `Saved: ${invitee.name}, ${describeAnswer(answer, isProfessional)}.` : `Not saved: ${result.error.message}`);
      return result.ok;
    },
    [applyChange, announce, invitation.id, invitee.name, isProfessional],
  );
  const { pending, choose } = useQueuedSave(save);
  const shown: Answer = pending ?? { response: invitation.response, directContact: invitation.directContact };
  const change = (answer: Partial<Answer>) => {
    setSaved(false);
    choose({ ...shown, ...answer });
  };

  const remove = async () => {
    const result = await applyChange(api.removeInvitation({ invitationId: invitation.id }));
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    announce(`${invitee.name} is no longer invited.`);
    onRemoved();
    return true;
  };

  const answerId = `answer-${invitation.id}`;
  const errorId = `invitation-error-${invitation.id}`;
  return (
    <tr>
      <th scope="row">{invitee.name}</th>
      <td>{invitee.kind === 'professional' ? roleAndAgency(invitee) : 'Family'}</td>
      <td>
        <label className="visually-hidden" htmlFor={answerId}>
          Answer from {invitee.name}
        </label>
        <select
          id={answerId}
          value={shown.response}
          aria-describedby={error ? errorId : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => change({ response: event.target.value as InvitationResponse })}
        >
          {INVITATION_RESPONSES.map((response) => (
            <option key={response} value={response}>
              {INVITATION_RESPONSE_LABELS[response]}
            </option>
          ))}
        </select>
        {saved && !pending && <span className="invitation-saved">Saved</span>}
        {error && (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        )}
      </td>
      <td>
        {isProfessional ? (
          <div className="checkbox">
            <input
              id={`direct-contact-${invitation.id}`}
              type="checkbox"
              checked={shown.directContact}
              aria-describedby={directContactHintId}
              onChange={(event) => change({ directContact: event.target.checked })}
            />
            <label htmlFor={`direct-contact-${invitation.id}`}>
              Direct contact<span className="visually-hidden"> with the family: {invitee.name}</span>
            </label>
          </div>
        ) : (
          <span className="field__hint">Does not apply</span>
        )}
      </td>
      <td>
        <ConfirmRemoval subject={invitee.name} question={`Remove ${invitee.name} from the invitations?`} onConfirm={remove} />
      </td>
    </tr>
  );
}

function describeAnswer(answer: Answer, isProfessional: boolean): string {
  const response = INVITATION_RESPONSE_LABELS[answer.response].toLowerCase();
  if (!isProfessional) return response;
  return `${response}, ${answer.directContact ? 'direct contact with the family' : 'no direct contact with the family'}`;
}
