import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { ApiError } from '../../../shared/contract/result';
import { TRANSLATION_LANGUAGES } from '../../../shared/translation/languages';
import { MAX_TRANSLATION_FILE_CHARACTERS, type TranslationStatusOutput } from '../../../shared/translation/schema';
import { api } from '../api/client';
import { downloadFile } from '../app/download';
import { ErrorSummary, type SummaryError } from '../app/ErrorSummary';
import { Field } from '../app/fields';
import { focusWhenDrawn } from '../app/focus';
import { useAnnounce } from '../family/Announcer';

const FIELDS = { recipient: 'field-translation-recipientId', language: 'field-translation-language', file: 'field-translation-xliff' } as const;

type Segment = TranslationStatusOutput['segments'][number];
interface Recipient {
  readonly id: string;
  readonly name: string;
}

/** The same in whichever list the part is, so the focus can follow it there. */
const leaveCheckboxId = (segmentId: string) => `translation-leave-${segmentId.replace(/[^A-Za-z0-9-]/gu, '-')}`;

/** Text as base64 for the download helper, in UTF-8 (a file's own words may be in any script). */
function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function countsSentence(status: TranslationStatusOutput): string {
  const { translated, missing, 'needs-translation-again': again, 'left-in-english': english } = status.counts;
  const parts = [`${translated} translated`, `${missing} not translated yet`, `${again} to translate again`, `${english} left in English`];
  return `${parts.join(', ')}.`;
}

/** The copies that can be translated: each family document's recipients, and each child's own copy. */
function useRecipients(conferenceId: string, updatedAt: string): Recipient[] | null {
  const [recipients, setRecipients] = useState<Recipient[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([api.checkFamilyPlan({ conferenceId, kind: 'letter', recipientId: null }), api.checkChildPlan({ conferenceId, childId: null })]).then(([letter, child]) => {
      if (!live) return;
      const copies = [...(letter.ok ? letter.value.recipients : []), ...(child.ok ? child.value.children.map((c) => ({ id: c.id, name: `${c.name}’s own copy` })) : [])];
      setRecipients(copies.map((r) => ({ id: r.id, name: r.name })));
    });
    return () => {
      live = false;
    };
  }, [conferenceId, updatedAt]);
  return recipients;
}

/**
 * The conference's own words through the translation service (issue 16): for one recipient's copy
 * and one language, export the XLIFF file, import the file that comes back, and see each segment
 * translated, still to translate (or to translate again, its English changed), or left in English
 * by the chair's choice.
 */
export function TranslationSection({ conference }: { readonly conference: ConferenceDetail }) {
  const announce = useAnnounce();
  const recipients = useRecipients(conference.id, conference.updatedAt);
  const [recipientId, setRecipientId] = useState('');
  const [language, setLanguage] = useState('');
  const [status, setStatus] = useState<TranslationStatusOutput | null>(null);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const chosen = recipientId !== '' && language !== '';

  const refused = useCallback((error: ApiError) => {
    const fields = error.fields ?? {};
    const fieldOf = fields['recipientId'] ? FIELDS.recipient : fields['language'] ? FIELDS.language : fields['xliff'] ? FIELDS.file : undefined;
    setErrors([{ fieldId: fieldOf, message: fields['recipientId'] ?? fields['language'] ?? fields['xliff'] ?? error.message }]);
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    let live = true;
    setStatus(null);
    if (!chosen) return;
    void api.getTranslationStatus({ conferenceId: conference.id, recipientId, language }).then((result) => {
      if (!live) return;
      if (result.ok) setStatus(result.value);
      else refused(result.error);
    });
    return () => {
      live = false;
    };
  }, [conference.id, conference.updatedAt, recipientId, language, chosen, refused]);

  const choose = (set: (value: string) => void, value: string) => {
    set(value);
    setErrors([]);
  };

  const needChoices = (): boolean => {
    const missing: SummaryError[] = [
      ...(recipientId === '' ? [{ fieldId: FIELDS.recipient, message: 'Choose whose copy to translate.' }] : []),
      ...(language === '' ? [{ fieldId: FIELDS.language, message: 'Choose the language to translate it into.' }] : []),
    ];
    setErrors(missing);
    if (missing.length > 0) setAttempt((n) => n + 1);
    return missing.length > 0;
  };

  const exportFile = async () => {
    if (busy || needChoices()) return;
    setBusy(true);
    const result = await api.exportTranslation({ conferenceId: conference.id, recipientId, language });
    setBusy(false);
    if (!result.ok) return refused(result.error);
    downloadFile(result.value.fileName, utf8Base64(result.value.xliff), 'application/xliff+xml');
    announce(`Exported ${result.value.segments === 1 ? 'one part' : `${result.value.segments} parts`} for translation as ${result.value.fileName}.`);
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined || busy || needChoices()) return;
    // Checked before reading: a file this big is not a translation of one copy.
    if (file.size > MAX_TRANSLATION_FILE_CHARACTERS * 4) return refused({ kind: 'validation', message: 'This file is too big to be a translation of one copy.', fields: { xliff: 'This file is too big to be a translation of one copy.' } });
    setBusy(true);
    const result = await api.importTranslation({ conferenceId: conference.id, recipientId, language, xliff: await file.text() });
    setBusy(false);
    if (!result.ok) return refused(result.error);
    setErrors([]);
    setStatus(result.value.status);
    announce(`Imported ${result.value.imported === 1 ? 'one translation' : `${result.value.imported} translations`}. ${countsSentence(result.value.status)}`);
  };

  const leave = async (segment: Segment, leaveIt: boolean) => {
    const result = await api.leaveInEnglish({ conferenceId: conference.id, recipientId, language, segmentId: segment.id, leave: leaveIt });
    if (!result.ok) return refused(result.error);
    setErrors([]);
    setStatus(result.value);
    // The part moves to another list: the focus goes with it rather than falling to the page.
    focusWhenDrawn(leaveCheckboxId(segment.id));
    announce(leaveIt ? 'This part will stay in English.' : 'This part will be translated.');
  };

  const toTranslate = status?.segments.filter((s) => s.state === 'missing' || s.state === 'needs-translation-again') ?? [];
  const translated = status?.segments.filter((s) => s.state === 'translated') ?? [];
  const inEnglish = status?.segments.filter((s) => s.state === 'left-in-english') ?? [];
  return (
    <section aria-labelledby="translation-heading" className="translation">
      <ErrorSummary errors={errors} attempt={attempt} level={3} />
      <h3 id="translation-heading">The conference’s own words in the family’s language</h3>
      <p>
        The plan’s goals and actions, what people said and the summaries go to your translation service as an XLIFF file, one copy and one language at a time. The file holds only what this
        person may read. A copy can be made in two languages once every part is translated or you choose to leave it in English.
      </p>
      <Field id={FIELDS.recipient} label="Whose copy" error={errors.find((e) => e.fieldId === FIELDS.recipient)?.message}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={recipientId} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => choose(setRecipientId, e.target.value)}>
            <option value="">{recipients === null ? 'Finding the copies…' : 'Choose a copy'}</option>
            {(recipients ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={FIELDS.language} label="Language" error={errors.find((e) => e.fieldId === FIELDS.language)?.message}>
        {({ id, describedBy, invalid }) => (
          <select id={id} value={language} aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => choose(setLanguage, e.target.value)}>
            <option value="">Choose a language</option>
            {TRANSLATION_LANGUAGES.map((l) => (
              <option key={l.tag} value={l.tag}>
                {l.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form__actions">
        <button type="button" className="button button--primary" aria-disabled={busy || undefined} onClick={() => void exportFile()}>
          Export for translation
        </button>
      </div>
      <Field id={FIELDS.file} label="Import translation" hint="The .xlf file your translation service sent back for this copy and language." error={errors.find((e) => e.fieldId === FIELDS.file)?.message}>
        {({ id, describedBy, invalid }) => (
          <input id={id} type="file" accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml" aria-describedby={describedBy} aria-invalid={invalid || undefined} onChange={(e) => void importFile(e)} />
        )}
      </Field>
      {chosen && status === null && errors.length === 0 && <p>Checking this copy…</p>}
      {status && (
        <section className="translation__status" aria-labelledby="translation-status-heading">
          <h4 id="translation-status-heading">Where this copy stands</h4>
          <p>{countsSentence(status)}</p>
          <p>{status.complete ? 'Every part is translated or left in English: this copy can be made in two languages.' : 'This copy cannot be made in two languages until every part is translated or left in English.'}</p>
          <SegmentList heading="Still to translate" segments={toTranslate} language={language} onLeave={leave} />
          <SegmentList heading="Translated" segments={translated} language={language} />
          <SegmentList heading="Left in English" segments={inEnglish} language={language} onLeave={leave} />
        </section>
      )}
    </section>
  );
}

interface SegmentListProps {
  readonly heading: string;
  readonly segments: readonly Segment[];
  readonly language: string;
  readonly onLeave?: (segment: Segment, leave: boolean) => Promise<void>;
}

function SegmentList({ heading, segments, language, onLeave }: SegmentListProps) {
  if (segments.length === 0) return null;
  return (
    <>
      <h5>
        {heading} ({segments.length})
      </h5>
      <ul className="translation__segments">
        {segments.map((segment) => {
          const checkboxId = leaveCheckboxId(segment.id);
          return (
            <li key={segment.id}>
              <p lang="en-GB">{segment.source}</p>
              {segment.state === 'needs-translation-again' && <p className="field__hint">The English changed after the file was sent: translate it again.</p>}
              {segment.state === 'translated' && segment.target !== null && <p lang={language}>{segment.target}</p>}
              {onLeave && (
                <div className="checkbox">
                  <input id={checkboxId} type="checkbox" checked={segment.state === 'left-in-english'} onChange={(e) => void onLeave(segment, e.target.checked)} />
                  <label htmlFor={checkboxId}>Leave this in English</label>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
