import { useId, useRef, useState } from 'react';
import type { RetentionItem } from '../../../shared/retention/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { instantUkDate } from '../../../shared/dates/uk-time';

interface RetentionRowProps {
  readonly item: RetentionItem;
  readonly onMarkExported: (item: RetentionItem) => Promise<void>;
  readonly onRemove: (item: RetentionItem, confirmation: string) => Promise<boolean>;
}

/** One conference: mark it exported, or, once its period has passed, remove it after typing REMOVE. */
export function RetentionRow({ item, onMarkExported, onRemove }: RetentionRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const cancel = () => {
    setConfirming(false);
    setTyped('');
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <tr>
      <th scope="row">
        {item.children}
        <br />
        <span className="field__hint">{formatIsoDate(item.scheduledDate)}</span>
      </th>
      <td>{item.exportedAt ? formatIsoDate(instantUkDate(item.exportedAt)) : 'Not yet'}</td>
      <td>
        {item.removableFrom ? formatIsoDate(item.removableFrom) : '—'}
        {item.state === 'due' && (
          <>
            {' '}
            <span className="tag tag--due-soon">Can be removed</span>
          </>
        )}
      </td>
      <td>
        {item.state === 'not-exported' && !item.finalised && <span className="field__hint">Not finalised yet: finalise it, then export it.</span>}
        {item.state === 'not-exported' && item.finalised && (
          <button type="button" className="button button--secondary" onClick={() => void onMarkExported(item)}>
            Mark as exported<span className="visually-hidden">: {item.children}</span>
          </button>
        )}
        {item.state === 'due' && !confirming && (
          <button ref={opener} type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            Remove from this computer<span className="visually-hidden">: {item.children}</span>
          </button>
        )}
        {item.state === 'due' && confirming && (
          <form
            className="retention-confirm"
            onSubmit={(event) => {
              event.preventDefault();
              void onRemove(item, typed).then((done) => {
                if (!done) setTyped('');
              });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') cancel();
            }}
          >
            <label htmlFor={inputId}>Type REMOVE to remove {item.children} from this computer</label>
            <input id={inputId} type="text" autoComplete="off" className="width-5" value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus />
            <div className="button-row">
              <button type="submit" className="button button--primary">
                Remove
              </button>
              <button type="button" className="button button--link" onClick={cancel}>
                Cancel
              </button>
            </div>
          </form>
        )}
      </td>
    </tr>
  );
}
