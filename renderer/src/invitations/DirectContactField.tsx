interface DirectContactFieldProps {
  readonly id: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** Whether the professional's agency has had direct contact with the family: it decides quoracy. */
export function DirectContactField({ id, checked, onChange }: DirectContactFieldProps) {
  return (
    <div className="field">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
        <label htmlFor={id}>Direct contact with the family</label>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        Their agency has worked directly with the child or family. Only then does it count towards quoracy.
      </p>
    </div>
  );
}
