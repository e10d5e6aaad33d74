import { useEffect, useRef, useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { ApiError } from '../../../shared/contract/result';
import { isFamilyDocument, type MadeDocument, type PrintSizeName } from '../../../shared/documents/request';
import { DOCUMENT_KIND_LABELS, type ConferenceDocumentKind } from '../../../shared/documents/source';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { useAnnounce } from '../family/Announcer';
import { RadioGroup } from '../family/RadioGroup';
import { BilingualChoice, bilingualFields, bilingualRequest, ENGLISH_ONLY, type BilingualValue } from './BilingualChoice';
import { CHILD_FIELD, CHILD_OVERRIDE_FIELD, ChildPlanChoice } from './ChildPlanChoice';
import { copyFields, FamilyCopyChoice, type CopyProblems } from './FamilyCopyChoice';
import { DOCUMENT_DESCRIPTIONS, PRINT_SIZE_OPTIONS, documentName } from './kinds';
import { MadeDocumentPanel } from './MadeDocumentPanel';

interface Problems extends CopyProblems {
  /** The language chosen for a bilingual copy (no pack, or a draft not confirmed). */
  readonly bilingual?: string;
  /** Anything else, shown as it came. */
  readonly other?: ApiError;
}

/** A copy held back by wording problems unless the chair gives a reason: the family's plan and a child's own copy. */
const wordingChecked = (kind: ConferenceDocumentKind) => kind === 'family-plan' || kind === 'child-plan';

/** The family's plan and the child's own copy can be made in English and the recipient's language (issue 16). */
const inTwoLanguages = (kind: ConferenceDocumentKind) => kind === 'family-plan' || kind === 'child-plan' || kind === 'letter';

/** What the record says a family member or child speaks: the interpreter's language first, as the one they asked for. */
function spokenLanguage(conference: ConferenceDetail, id: string | null): string {
  const person = conference.familyMembers.find((m) => m.id === id) ?? conference.children.find((c) => c.id === id);
  if (!person) return '';
  return person.interpreterLanguage.trim() || person.firstLanguage.trim();
}

/** One document: its print size (and, for a family document or a child's copy, who it is for), Make, then the made file. */
export function DocumentItem({ conference, kind, onMade }: { readonly conference: ConferenceDetail; readonly kind: ConferenceDocumentKind; readonly onMade: () => void }) {
  const announce = useAnnounce();
  const name = documentName(kind);
  const forFamily = isFamilyDocument(kind);
  const [printSize, setPrintSize] = useState<PrintSizeName>('standard');
  const [recipientId, setRecipientId] = useState<string | null>(null);
  const [childId, setChildId] = useState<string | null>(null);
  const [addedChildIds, setAddedChildIds] = useState<readonly string[]>([]);
  const [addedReason, setAddedReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [bilingual, setBilingual] = useState<BilingualValue>(ENGLISH_ONLY);
  const [making, setMaking] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  // Each made document is new, so its preview starts afresh.
  const [made, setMade] = useState<{ readonly document: MadeDocument; readonly count: number } | null>(null);
  const makeButton = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const madeHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterMaking = useRef(false);

  useEffect(() => {
    if (made && focusAfterMaking.current) madeHeading.current?.focus();
    focusAfterMaking.current = false;
  }, [made]);
  // The summary takes the focus once it is on screen (the GOV.UK pattern), each time it is shown.
  useEffect(() => {
    if (problems.recipient || problems.refusal || problems.addedChildren || problems.addedReason || problems.bilingual) (summary.current?.querySelector('[role="alert"]') as HTMLElement | null)?.focus();
  }, [problems]);

  const make = async () => {
    if (making) return;
    if (forFamily && recipientId === null) return setProblems({ recipient: `Choose who ${name} is for.` });
    if (kind === 'child-plan' && childId === null) return setProblems({ recipient: 'Choose which child this copy is for.' });
    setMaking(true);
    setProblems({});
    announce(`Making ${name}…`);
    const reason = overrideReason.trim();
    const added = forFamily ? { addedChildIds: [...addedChildIds], addedReason: addedChildIds.length > 0 ? addedReason.trim() || null : null } : {};
    const forWhom = forFamily ? recipientId : kind === 'child-plan' ? childId : null;
    const result = await api.makeDocument({
      conferenceId: conference.id,
      kind,
      printSize,
      recipientId: forWhom,
      overrideReason: wordingChecked(kind) && reason ? reason : null,
      bilingual: inTwoLanguages(kind) ? bilingualRequest(bilingual) : null,
      ...added,
    });
    setMaking(false);
    if (!result.ok) {
      const error = result.error;
      if (error.kind === 'conflict' && wordingChecked(kind)) return setProblems({ refusal: error.message });
      const fields = error.fields ?? {};
      if (fields['bilingual']) return setProblems({ bilingual: error.message });
      if (fields['recipientId']) return setProblems({ recipient: error.message });
      if (fields['addedChildIds'] || fields['addedReason']) return setProblems({ addedChildren: fields['addedChildIds'], addedReason: fields['addedReason'] });
      // Said by the alert itself, so not announced twice.
      setProblems({ other: error });
      return;
    }
    // Move to the result only if the focus is still where the chair pressed Make.
    focusAfterMaking.current = document.activeElement === makeButton.current;
    setMade((previous) => ({ document: result.value, count: (previous?.count ?? 0) + 1 }));
    onMade();
    const pages = result.value.pages === 1 ? 'one page' : `${result.value.pages} pages`;
    announce(`Made ${name}: ${pages}. The preview follows.`);
  };

  const fields = kind === 'child-plan' ? { ...copyFields('family-plan'), recipient: CHILD_FIELD, override: CHILD_OVERRIDE_FIELD } : copyFields(isFamilyDocument(kind) ? kind : 'family-plan');
  const summaryItems = [
    ...(problems.recipient ? [{ fieldId: fields.recipient, message: problems.recipient }] : []),
    ...(problems.addedChildren ? [{ fieldId: fields.addedChildren, message: problems.addedChildren }] : []),
    ...(problems.addedReason ? [{ fieldId: fields.addedReason, message: problems.addedReason }] : []),
    ...(problems.refusal ? [{ fieldId: fields.override, message: problems.refusal }] : []),
    ...(problems.bilingual ? [{ fieldId: bilingual.language === null ? bilingualFields(kind).language : bilingualFields(kind).confirm, message: problems.bilingual }] : []),
  ];
  const headingId = `documents-${kind}-heading`;
  return (
    <li className="documents-item">
      <section aria-labelledby={headingId}>
        {/* Above the document's heading, so its own h2 keeps the headings in order. */}
        <div ref={summary}>
          <ErrorSummary errors={summaryItems} />
        </div>
        <h3 id={headingId}>{DOCUMENT_KIND_LABELS[kind]}</h3>
        <p>{DOCUMENT_DESCRIPTIONS[kind]}</p>
        {isFamilyDocument(kind) && (
          <FamilyCopyChoice
            kind={kind}
            conferenceId={conference.id}
            updatedAt={conference.updatedAt}
            children={conference.children}
            recipientId={recipientId}
            onRecipient={(id) => {
              setRecipientId(id);
              setProblems({});
              // Reasons are given for one copy, and the copy made was for someone else.
              setAddedChildIds([]);
              setAddedReason('');
              setOverrideReason('');
              setMade(null);
            }}
            addedChildIds={addedChildIds}
            onAddedChildIds={(ids) => {
              setAddedChildIds(ids);
              setProblems({});
            }}
            addedReason={addedReason}
            onAddedReason={setAddedReason}
            overrideReason={overrideReason}
            onOverrideReason={setOverrideReason}
            problems={problems}
          />
        )}
        {kind === 'child-plan' && (
          <ChildPlanChoice
            conferenceId={conference.id}
            updatedAt={conference.updatedAt}
            childId={childId}
            onChild={(id) => {
              setChildId(id);
              setProblems({});
              // A reason is given for one copy, and the copy made was for another child.
              setOverrideReason('');
              setMade(null);
            }}
            overrideReason={overrideReason}
            onOverrideReason={setOverrideReason}
            childError={problems.recipient}
            refusal={problems.refusal}
          />
        )}
        {inTwoLanguages(kind) && (
          <BilingualChoice
            kind={kind}
            recipientKey={kind === 'child-plan' ? childId : recipientId}
            spokenLanguage={spokenLanguage(conference, kind === 'child-plan' ? childId : recipientId)}
            value={bilingual}
            onChange={(value) => {
              setBilingual(value);
              setProblems((previous) => ({ ...previous, bilingual: undefined }));
            }}
            error={problems.bilingual}
          />
        )}
        <RadioGroup id={`field-${kind}-printSize`} legend="Print size" options={PRINT_SIZE_OPTIONS} value={printSize} onChange={setPrintSize} />
        <div className="form__actions">
          <button ref={makeButton} type="button" className="button button--primary" aria-disabled={making || undefined} aria-busy={making || undefined} onClick={() => void make()}>
            Make {name}
          </button>
          {making && <p className="documents-item__making">Making {name}…</p>}
        </div>
        {problems.other && (
          <div className="notice notice--error" role="alert">
            <p>
              <strong>{sentenceStart(name)} was not made.</strong> {problems.other.message}
            </p>
          </div>
        )}
        {made && <MadeDocumentPanel key={made.count} ref={madeHeading} made={made.document} name={name} headingId={`documents-${kind}-made`} />}
      </section>
    </li>
  );
}

function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
