/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The decision letter (brief §1.2, §1.13, requirement 13): what the conference decided for each
 * child, the outline plan, the dates, who to contact and how to challenge. It lays out the
 * letter's blocks (letter-model.ts), made from one recipient's copy of the conference
 * (shared/letter/letter-recipients.ts): only what reaches them is in it. A bilingual letter (issue
 * 16) lays out the same blocks built in two languages, paragraph by paragraph, each with its Lang.
 */
import { Text } from '@react-pdf/renderer';
import type { DocumentSource } from '../../../shared/documents/source';
import { ENGLISH_LANG } from '../../../shared/i18n/catalogue';
import { isolated } from '../../../shared/languages/bidi';
import { isRightToLeft } from '../../../shared/languages/scripts';
import { ENGLISH_LETTER_WORDS } from '../../../shared/letter/letter-words';
import { BulletList, DocumentFrame, Facts, P, Section, Title } from '../components';
import { each, first, said, type Copies, type Said } from '../said';
import type { PrintSize } from '../styles';
import { DraftNotice, factValue, inLanguages, isBilingual, listItem, Paragraphs as InLanguages } from './in-languages';
import { letterModel, type LetterBlock, type LetterModel } from './letter-model';
import { Paragraphs } from './paragraphs';
import { confidentialHeader, madeOnDate, paragraphsOf } from './professional-words';

/** The title of the letter in English, as its file and the documents list name it. */
export function letterTitle(source: DocumentSource): string {
  const w = ENGLISH_LETTER_WORDS;
  return w.t('letter.title', { children: w.names(source.letter.children.map((c) => c.name)), date: w.titleDate(source.letter.conferenceDate) });
}

const bold = { fontWeight: 700 };

type Of<K extends LetterBlock['kind']> = Extract<LetterBlock, { kind: K }>;
const as = <K extends LetterBlock['kind']>(copies: Copies<LetterBlock>) => copies as Copies<Of<K>>;

/**
 * A typed text's paragraphs in each language, the n-th of each together; the lead-in opens the first.
 * In a right-to-left copy the typed words are isolated (they are often the chair's, left in English):
 * an English sentence's full stop then stays after its last word.
 */
function Typed({ copies }: { readonly copies: Copies<Of<'typed'>> }) {
  const typed = (text: string, lang: string): string => (isRightToLeft(lang) ? isolated(text) : text);
  const paragraphs = each(
    copies.map(({ value, lang }) => ({ value: paragraphsOf(value.text).map((text, index) => (index === 0 ? `${value.lead}${typed(text, lang)}` : typed(text, lang))), lang })),
    (list) => list,
  );
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <InLanguages key={index} said={said(paragraph, (p) => p)} bilingual />
      ))}
    </>
  );
}

function Block({ copies }: { readonly copies: Copies<LetterBlock> }) {
  const bilingual = isBilingual(copies);
  const block = first(copies);
  switch (block.kind) {
    case 'paragraph':
      return bilingual ? <InLanguages said={said(as<'paragraph'>(copies), (b) => b.text)} bilingual /> : <P>{block.text}</P>;
    case 'typed':
      return bilingual ? <Typed copies={as<'typed'>(copies)} /> : <Paragraphs lead={block.lead} text={block.text} />;
    case 'facts':
      return <Facts facts={each(as<'facts'>(copies), (b) => b.facts).map((fact) => [inLanguages(said(fact, (f) => f.label), bilingual), factValue(said(fact, (f) => f.value), bilingual)] as const)} />;
    case 'bullets':
      return <BulletList items={each(as<'bullets'>(copies), (b) => b.items).map((item) => listItem(item, (text) => text))} />;
    case 'actions': {
      const items = each(as<'actions'>(copies), (b) => b.items);
      if (bilingual) return <BulletList strongFirstLine items={items.map((item) => listItem(item, (action) => [action.what, action.details]))} />;
      return (
        <BulletList
          items={items.map((item) => {
            const action = first(item);
            return (
              <>
                <Text style={bold}>{`${action.what} `}</Text>
                {action.details}
              </>
            );
          })}
        />
      );
    }
    case 'section': {
      const sections = as<'section'>(copies);
      return (
        <Section title={inLanguages(said(sections, (s) => s.title), bilingual)} level={block.level}>
          <Blocks blocks={each(sections, (s) => s.blocks)} />
        </Section>
      );
    }
    default: {
      const never: never = block;
      return never;
    }
  }
}

function Blocks({ blocks }: { readonly blocks: readonly Copies<LetterBlock>[] }) {
  return (
    <>
      {blocks.map((copies, index) => (
        <Block key={index} copies={copies} />
      ))}
    </>
  );
}

export interface LetterLayout {
  /** The letter in each language, in the order printed; one copy for a letter in English only. */
  readonly copies: Copies<LetterModel>;
  readonly draftNotice: readonly Said[] | null;
  readonly pageNumber?: (page: number, total: number) => string;
}

/** The letter in English alone, from the recipient's copy. */
export function englishLetter(source: DocumentSource, forEveryone: boolean): LetterLayout {
  return { copies: [{ value: letterModel(source, ENGLISH_LETTER_WORDS, forEveryone, null), lang: ENGLISH_LANG }], draftNotice: null };
}

/** The letter laid out from its copies; in English alone when no layout is given. `source.authority` is the letterhead. */
export function LetterDocument({ source, printSize, forEveryone = true, layout = englishLetter(source, forEveryone) }: { readonly source: DocumentSource; readonly printSize: PrintSize; readonly forEveryone?: boolean; readonly layout?: LetterLayout }) {
  const { copies } = layout;
  const letterhead = source.authority;
  const bilingual = isBilingual(copies);
  const model = first(copies);
  return (
    <DocumentFrame
      title={model.title}
      subject={model.subject}
      // The running header is drawn in the main typeface alone (as an artifact): in English.
      runningHeader={confidentialHeader('decision letter', source)}
      printSize={printSize}
      madeOn={madeOnDate(source)}
      letterhead={letterhead}
      language={copies[0]?.lang ?? 'en-GB'}
      {...(layout.pageNumber ? { pageNumber: layout.pageNumber } : {})}
    >
      {said(copies, (m) => m.title).map((title, index) => (
        <Title key={index} {...(bilingual ? { lang: title.lang } : {})}>
          {title.text}
        </Title>
      ))}
      <DraftNotice said={layout.draftNotice} />
      <Blocks blocks={each(copies, (m) => m.blocks)} />
    </DocumentFrame>
  );
}
