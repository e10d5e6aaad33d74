import type { ReactNode } from 'react';
import type { FieldErrors } from '../app/submit';
import { TextField } from './TextField';

export interface LanguageDraft {
  readonly firstLanguage: string;
  readonly interpreterLanguage: string;
  readonly interpreterDialect: string;
  readonly communicationNeeds: string;
}

interface LanguageFieldsProps {
  readonly draft: LanguageDraft;
  readonly errors: FieldErrors;
  readonly idFor: (path: string) => string;
  readonly onChange: (change: Partial<LanguageDraft>) => void;
  /** More about the interpreter, after the language and dialect (an adult's preferences). */
  readonly children?: ReactNode;
}

/** First language, communication needs and the interpreter someone needs, for a child or an adult. */
export function LanguageFields({ draft, errors, idFor, onChange, children }: LanguageFieldsProps) {
  return (
    <fieldset className="fieldset">
      <legend className="family-form__legend">Language and communication</legend>
      <TextField
        id={idFor('firstLanguage')}
        label="First language"
        error={errors['firstLanguage']}
        value={draft.firstLanguage}
        onChange={(firstLanguage) => onChange({ firstLanguage })}
      />
      <div className="field-row">
        <TextField
          id={idFor('interpreterLanguage')}
          label="Interpreter language"
          hint="An interpreter is always independent: never a family member or friend."
          error={errors['interpreterLanguage']}
          value={draft.interpreterLanguage}
          onChange={(interpreterLanguage) => onChange({ interpreterLanguage })}
        />
        <TextField
          id={idFor('interpreterDialect')}
          label="Interpreter dialect"
          hint="For example Sylheti, or Kurmanji."
          error={errors['interpreterDialect']}
          value={draft.interpreterDialect}
          onChange={(interpreterDialect) => onChange({ interpreterDialect })}
        />
      </div>
      {children}
      <TextField
        id={idFor('communicationNeeds')}
        label="Communication needs"
        hint="For example speech delay, hearing, learning needs, or how they prefer to be spoken to."
        error={errors['communicationNeeds']}
        value={draft.communicationNeeds}
        onChange={(communicationNeeds) => onChange({ communicationNeeds })}
        multiline
      />
    </fieldset>
  );
}
