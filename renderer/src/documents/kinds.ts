import type { PrintSizeName } from '../../../shared/documents/request';
import { DOCUMENT_KIND_LABELS, type ConferenceDocumentKind } from '../../../shared/documents/source';

/** The documents in the order the chair usually sends them, each with who it is for. */
export const DOCUMENT_ORDER = ['family-plan', 'child-plan', 'letter', 'plan', 'record'] as const satisfies readonly ConferenceDocumentKind[];

export const DOCUMENT_DESCRIPTIONS: Readonly<Record<ConferenceDocumentKind, string>> = {
  'family-plan': 'For the family: the plan in plain words, one copy for each parent or carer and one for the family network, each with only what may reach them.',
  'child-plan': 'For a child or young person: their own copy of the plan, written to them in words for their age. It never holds what is kept from them.',
  letter: 'What was decided, the outline plan and how to challenge the decision: a letter for each parent or carer, and one for everyone invited.',
  plan: 'For the core group: the outcomes, who does what and by when, and what happens if the plan is not followed.',
  record: 'For the child’s file and the professionals who were there: the full record of the conference.',
  'information-pack': 'For the family before the meeting: what the conference is, why it is happening, when and where, who is invited, their rights, the reports shared so far and a page for their views. Made from Invitations.',
};

export const PRINT_SIZE_OPTIONS: readonly { readonly value: PrintSizeName; readonly label: string }[] = [
  { value: 'standard', label: 'Standard print (11 point)' },
  { value: 'large', label: 'Large print (16 point)' },
];

/** "the family’s plan", "the decision letter": the label as it reads inside a sentence. */
export function documentName(kind: ConferenceDocumentKind): string {
  const label = DOCUMENT_KIND_LABELS[kind];
  return `the ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}
