/** @jsxRuntime automatic @jsxImportSource react */
/** Which component, title and file name each document request gets. */
import type { ReactElement } from 'react';
import type { ForRecipientOptions } from '../../../shared/audience/for-recipient';
import { EVERYONE_RECIPIENT } from '../../../shared/audience/recipients';
import { childPlanFor } from '../../../shared/documents/child-plan';
import { buildFamilyPlan } from '../../../shared/documents/family-plan';
import { informationPackFor } from '../../../shared/documents/information-pack';
import type { MakeDocument } from '../../../shared/documents/request';
import type { DocumentSource } from '../../../shared/documents/source';
import { letterFor, letterRecipient } from '../../../shared/letter/letter-recipients';
import { PRINT_SIZES } from '../styles';
import { drawableText } from '../typeface';
import { ChildPlanDocument } from './child-plan';
import { FamilyPlanDocument } from './family-plan';
import { InformationPackDocument } from './information-pack';
import { LetterDocument, letterTitle } from './letter';
import { PlanDocument, planTitle } from './plan';
import { RecordDocument, recordTitle } from './record';

export interface DocumentToRender {
  readonly element: ReactElement;
  readonly title: string;
  readonly fileName: string;
}

/** Letters, digits and hyphens only: a file name that every file system and e-mail system keeps. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Every string in the source, made drawable (see drawableText): the one place text enters a document. */
function drawable<T>(value: T): T {
  if (typeof value === 'string') return drawableText(value) as T;
  if (Array.isArray(value)) return value.map(drawable) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, drawable(inner)])) as T;
  return value;
}

/**
 * The document a request asks for. A family document is laid out from its recipient's copy of the
 * conference (shared/audience/for-recipient.ts); a letter asked for without a recipient is the copy
 * for everyone invited, which holds only what reaches the whole family.
 */
export function documentFor(request: Pick<MakeDocument, 'kind' | 'printSize' | 'recipientId'> & ForRecipientOptions, original: DocumentSource): DocumentToRender {
  // The logo is a checked file, not text: it is kept as it is.
  const source = drawable({ ...original, authority: null });
  const letterhead = original.authority ? { ...drawable({ ...original.authority, logo: null }), logo: original.authority.logo } : null;
  const printSize = PRINT_SIZES[request.printSize];
  const madeOn = new Date(`${source.madeOn}T12:00:00Z`);
  const held = source.conference.details.scheduledDate;
  const large = request.printSize === 'large' ? '-large-print' : '';
  switch (request.kind) {
    case 'family-plan': {
      const model = buildFamilyPlan(source, request.recipientId ?? '', request);
      return {
        element: <FamilyPlanDocument model={model} printSize={printSize} madeOn={madeOn} letterhead={letterhead} />,
        title: model.title,
        fileName: `family-plan-${fileNamePart(model.recipient.name)}-${held}${large}.pdf`,
      };
    }
    case 'child-plan': {
      const { model } = childPlanFor(source, request.recipientId ?? '');
      return {
        element: <ChildPlanDocument model={model} printSize={printSize} madeOn={madeOn} letterhead={letterhead} />,
        title: model.title,
        fileName: `your-plan-${fileNamePart(model.child.name)}-${held}${large}.pdf`,
      };
    }
    case 'information-pack': {
      const { model } = informationPackFor(source, request.recipientId ?? '');
      return {
        element: <InformationPackDocument model={model} printSize={printSize} madeOn={madeOn} letterhead={letterhead} />,
        title: model.title,
        fileName: `information-pack-${fileNamePart(model.recipient.name)}-${held}${large}.pdf`,
      };
    }
    case 'record':
      return { element: <RecordDocument source={{ ...source, authority: letterhead }} printSize={printSize} />, title: recordTitle(source), fileName: `conference-record-${held}${large}.pdf` };
    case 'plan':
      return { element: <PlanDocument source={{ ...source, authority: letterhead }} printSize={printSize} />, title: planTitle(source), fileName: `child-protection-plan-${held}${large}.pdf` };
    case 'letter': {
      const recipientId = request.recipientId ?? EVERYONE_RECIPIENT;
      const recipient = letterRecipient(source, recipientId);
      const copy = letterFor(source, recipientId, request).source;
      const everyone = recipient.kind === 'everyone';
      return {
        element: <LetterDocument source={{ ...copy, authority: letterhead }} printSize={printSize} forEveryone={everyone} />,
        title: letterTitle(copy),
        fileName: `decision-letter-${everyone ? '' : `${fileNamePart(recipient.name)}-`}${held}${large}.pdf`,
      };
    }
  }
}
