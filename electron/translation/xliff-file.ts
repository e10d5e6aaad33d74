/**
 * The file the translation service gets and sends back (issue 16): XLIFF 2.0, made and read with
 * the `xliff` library (locize). One file per conference, recipient and language; its metadata
 * (the XLIFF Metadata module, on the file) names the conference, the recipient and the export;
 * each unit is one segment, its id the segment's id and its name the SHA-256 of its English.
 * See docs/translation-round-trip.md.
 *
 * Reading refuses what is not such a file, with a message safe to show (never the file's text).
 */
import js2xliff, { type XliffUnit } from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { MAX_TRANSLATION_FILE_CHARACTERS } from '../../shared/translation/schema';
import { SEGMENT_ID, SEGMENT_KIND_NOTES, type Segment } from '../../shared/translation/segments';
import { sourceHash } from './hash';

export const SOURCE_LANGUAGE = 'en-GB';
/** A plan's own words come to tens of thousands of characters; a file far bigger is not ours. */
export const MAX_FILE_CHARACTERS = MAX_TRANSLATION_FILE_CHARACTERS;
export const MAX_UNITS = 5_000;

const MDA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
const META_GROUP = 'confer-export';
const HASH_NAME = /^sha256:([0-9a-f]{64})$/u;

export interface ExportHeader {
  readonly conferenceId: string;
  readonly recipientId: string;
  readonly exportId: string;
  /** The target language, a BCP 47 tag. */
  readonly language: string;
}

export interface FileUnit {
  readonly id: string;
  readonly hash: string;
  readonly source: string;
  /** Null when the translator left the unit without a target. */
  readonly target: string | null;
}

export interface TranslationFile {
  readonly header: ExportHeader;
  readonly units: readonly FileUnit[];
}

/** A file refused, and why, in words for the chair. */
export class TranslationFileError extends Error {
  override readonly name = 'TranslationFileError';
}

function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function metadata(header: ExportHeader): string {
  const meta = (type: string, value: string) => `<mda:meta type="${type}">${escapeXml(value)}</mda:meta>`;
  return `<mda:metadata id="confer"><mda:metaGroup category="${META_GROUP}">${meta('conference-id', header.conferenceId)}${meta('recipient-id', header.recipientId)}${meta('export-id', header.exportId)}</mda:metaGroup></mda:metadata>`;
}

/** The XLIFF 2.0 file for one recipient's copy in one language. */
export async function writeTranslationFile(header: ExportHeader, segments: readonly Segment[]): Promise<string> {
  const units: Record<string, XliffUnit> = {};
  // canResegment="no": a tool that split a unit into several segments would send back only the last (and be refused by its hash).
  for (const segment of segments) {
    units[segment.id] = { source: segment.source, note: SEGMENT_KIND_NOTES[segment.kind], additionalAttributes: { name: `sha256:${segment.hash}`, canResegment: 'no' } };
  }
  const xml = await js2xliff({ sourceLanguage: SOURCE_LANGUAGE, targetLanguage: header.language, resources: { [header.exportId]: units } });
  // The library writes units only; the file's metadata (XLIFF 2.0 Metadata module) goes first in the file, as the standard orders it.
  const fileStart = `<file id="${escapeXml(header.exportId)}">`;
  if (!xml.includes(fileStart)) throw new Error('The XLIFF library wrote an unexpected file.');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.replace('<xliff ', `<xliff xmlns:mda="${MDA_NAMESPACE}" `).replace(fileStart, `${fileStart}\n    ${metadata(header)}`)}\n`;
}

interface XmlElement {
  readonly type?: string;
  readonly name?: string;
  readonly text?: string;
  readonly attributes?: Record<string, unknown>;
  readonly elements?: readonly XmlElement[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function textOf(element: XmlElement): string {
  return (element.elements ?? []).map((child) => (child.type === 'text' ? (child.text ?? '') : '')).join('');
}

function readMetadata(extras: unknown): Map<string, string> {
  const found = new Map<string, string>();
  if (!Array.isArray(extras)) return found;
  for (const element of extras as XmlElement[]) {
    if (element.name !== 'mda:metadata') continue;
    for (const group of element.elements ?? []) {
      if (group.name !== 'mda:metaGroup' || group.attributes?.category !== META_GROUP) continue;
      for (const meta of group.elements ?? []) {
        const type = meta.attributes?.type;
        if (meta.name === 'mda:meta' && typeof type === 'string') found.set(type, textOf(meta).trim());
      }
    }
  }
  return found;
}

const NOT_XLIFF = 'This file is not an XLIFF 2 file made by Confer for translation. Choose the file the translation service sent back.';

function readUnit(id: string, value: unknown): FileUnit {
  if (!SEGMENT_ID.test(id) || !isRecord(value) || 'groupUnits' in value) throw new TranslationFileError(`The file has a part that Confer did not write (${id.slice(0, 80)}). Its ids may have been changed.`);
  const name = isRecord(value.additionalAttributes) ? value.additionalAttributes.name : undefined;
  const hash = typeof name === 'string' ? HASH_NAME.exec(name)?.[1] : undefined;
  if (hash === undefined || typeof value.source !== 'string') throw new TranslationFileError(`The part ${id} of the file has lost what Confer wrote into it. Export the file again.`);
  if (sourceHash(value.source) !== hash) throw new TranslationFileError(`The English of the part ${id} was changed in the file. Only the translations may be changed: export the file again.`);
  const target = value.target;
  if (target !== undefined && typeof target !== 'string') throw new TranslationFileError(`The translation of the part ${id} holds markup Confer cannot keep. Ask for plain text.`);
  return { id, hash, source: value.source, target: target === undefined ? null : target };
}

/** Reads a file the translation service sent back; refuses anything else with a reason. */
export async function readTranslationFile(xml: string): Promise<TranslationFile> {
  if (xml.length > MAX_FILE_CHARACTERS) throw new TranslationFileError('This file is too big to be a translation of one copy. Choose the file the translation service sent back.');
  // No document type: XML entities could make a small file huge, or reach outside it.
  if (/<!DOCTYPE|<!ENTITY/iu.test(xml)) throw new TranslationFileError(NOT_XLIFF);
  let parsed: Awaited<ReturnType<typeof xliff2js>>;
  try {
    parsed = await xliff2js(xml);
  } catch {
    throw new TranslationFileError(NOT_XLIFF);
  }
  // A file that is not XLIFF 2 parses to no resources at all.
  if (!isRecord(parsed) || !isRecord(parsed.resources) || parsed.xliffVersion !== undefined) throw new TranslationFileError(NOT_XLIFF);
  if (parsed.sourceLanguage !== SOURCE_LANGUAGE) throw new TranslationFileError('The file’s English is not marked as English (en-GB). Export the file again.');
  const files = Object.entries(parsed.resources);
  if (files.length !== 1) throw new TranslationFileError('The file should hold one copy’s words, and it holds more or none.');
  const [exportId, content] = files[0]!;
  if (!isRecord(content)) throw new TranslationFileError(NOT_XLIFF);
  const meta = readMetadata(content._additionalElements);
  const conferenceId = meta.get('conference-id');
  const recipientId = meta.get('recipient-id');
  if (conferenceId === undefined || recipientId === undefined || meta.get('export-id') !== exportId || typeof parsed.targetLanguage !== 'string') {
    throw new TranslationFileError('The file no longer says which conference and copy it is for. Export the file again.');
  }
  const entries = Object.entries(content).filter(([key]) => key !== '_additionalElements');
  if (entries.length > MAX_UNITS) throw new TranslationFileError('This file holds far more than one copy’s words.');
  return { header: { conferenceId, recipientId, exportId, language: parsed.targetLanguage }, units: entries.map(([id, value]) => readUnit(id, value)) };
}
