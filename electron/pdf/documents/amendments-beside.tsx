/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Amendments beside the original (issue 15, item 5): a correction made after sign-off is printed
 * directly after the contribution or item it corrects, labelled with who made it, when and why,
 * so a reader never meets the original without its correction. Corrections to no particular item
 * (or to one no longer in the record) stay together at the end of the record.
 */
import { Text, View } from '@react-pdf/renderer';
import { AMENDMENT_SECTION_LABELS, type Amendment } from '../../../shared/decision/signoff';
import { formatIsoDate } from '../../../shared/dates/format';
import { instantUkDate } from '../../../shared/dates/uk-time';
import type { DocumentSource } from '../../../shared/documents/source';
import { P, useDocumentStyles, useFitsWhole } from '../components';
import { conferencePeople, oneLine, restrictionLabel } from './professional-words';

const bold = { fontWeight: 700 };

/** The ids of everything in the record an amendment can stand beside. */
function itemIds(source: DocumentSource): ReadonlySet<string> {
  const record = source.decisionRecord;
  return new Set([
    ...source.capture.contributions.map((c) => c.id),
    ...record.statements.map((s) => s.id),
    ...record.decisions.map((d) => d.id),
    ...record.outcomes.map((o) => o.id),
    ...record.actions.map((a) => a.id),
  ]);
}

/** The amendments printed beside an item, oldest first. */
export function amendmentsOf(source: DocumentSource, entityId: string): readonly Amendment[] {
  return source.decisionRecord.amendments.filter((a) => a.entityId === entityId).sort((a, b) => a.amendedAt.localeCompare(b.amendedAt));
}

/** The amendments that correct no item still in the record: printed together at the end. */
export function amendmentsToNoItem(source: DocumentSource): readonly Amendment[] {
  const ids = itemIds(source);
  return source.decisionRecord.amendments.filter((a) => a.entityId === null || !ids.has(a.entityId));
}

/**
 * The label that opens an amendment: who made it and when. Beside its item that is enough; at the
 * end of the record it also says which part of the record it corrects.
 */
export function amendmentLabel(amendment: Amendment, sayPart: boolean): string {
  const part = sayPart && amendment.section !== 'other' ? ` to ${AMENDMENT_SECTION_LABELS[amendment.section].toLowerCase()}` : '';
  return `Amendment${part}, made by ${amendment.amendedBy} on ${formatIsoDate(instantUkDate(amendment.amendedAt))}`;
}

/** One amendment as a boxed note: the label (and its restriction, in words), then the change and why. */
export function AmendmentNote({ amendment, source, sayPart = false }: { readonly amendment: Amendment; readonly source: DocumentSource; readonly sayPart?: boolean }) {
  const styles = useDocumentStyles();
  const fitsWhole = useFitsWhole();
  const marking = restrictionLabel(amendment.restriction, conferencePeople(source));
  // A short note stays on one page; a long one may run on rather than be cut at the page's foot.
  return (
    <View wrap={!fitsWhole([amendment.original, amendment.correction, amendment.reason])} style={[styles.callout, marking ? styles.calloutTones.restricted : styles.calloutTones.info]}>
      <P>
        <Text style={bold}>{`${marking ? `${marking}. ` : ''}${amendmentLabel(amendment, sayPart)}. `}</Text>
        {`${amendment.original ? `The record said: “${oneLine(amendment.original)}” ` : ''}It now says: “${oneLine(amendment.correction)}” Why: ${oneLine(amendment.reason)}`}
      </P>
    </View>
  );
}

/** Every amendment to one item, directly after it; nothing when it has none. */
export function AmendmentsBeside({ source, entityId }: { readonly source: DocumentSource; readonly entityId: string }) {
  const amendments = amendmentsOf(source, entityId);
  if (amendments.length === 0) return null;
  return (
    <>
      {amendments.map((amendment) => (
        <AmendmentNote key={amendment.id} amendment={amendment} source={source} />
      ))}
    </>
  );
}
