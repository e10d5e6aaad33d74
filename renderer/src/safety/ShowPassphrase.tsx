import { useId } from 'react';

/** Lets the person check what they typed: a passphrase is said aloud anyway, never written down with the file. */
export function ShowPassphrase({ shown, onChange }: { readonly shown: boolean; readonly onChange: (shown: boolean) => void }) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={shown} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>Show the passphrase</label>
    </div>
  );
}
