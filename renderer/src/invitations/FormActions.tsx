interface FormActionsProps {
  readonly submitLabel: string;
  readonly savingLabel: string;
  readonly saving: boolean;
  /** What Close closes, for its accessible name: "invite a professional". */
  readonly closes: string;
  readonly onClose: () => void;
}

/** The form's main action, and a way out that keeps nothing typed. */
export function FormActions({ submitLabel, savingLabel, saving, closes, onClose }: FormActionsProps) {
  return (
    <div className="button-row">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? savingLabel : submitLabel}
      </button>
      <button type="button" className="button button--link" onClick={onClose}>
        Close<span className="visually-hidden"> {closes}</span>
      </button>
    </div>
  );
}
