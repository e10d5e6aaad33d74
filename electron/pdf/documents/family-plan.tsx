/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The family's plan on paper. It only lays out the model from shared/documents/family-plan.ts,
 * which alone decides what goes in (and what is kept out); nothing here reads the conference. A
 * bilingual copy lays out the same model built in two languages, paragraph by paragraph.
 */
import type { AuthorityIdentity } from '../../../shared/authority/identity';
import type { FamilyPlanAction, FamilyPlanModel, FamilyPlanSection } from '../../../shared/documents/family-plan';
import { BulletList, DocumentFrame, Facts, Section, Table, Title } from '../components';
import { each, first, said, type Copies, type Said } from '../said';
import type { PrintSize } from '../styles';
import { DraftNotice, factValue, inLanguages, isBilingual, listItem, Note, Paragraphs } from './in-languages';

const actionLines = (action: FamilyPlanAction) => [action.what, action.who, action.when, ...(action.howOften === null ? [] : [action.howOften])];

function ActionList({ actions }: { readonly actions: readonly Copies<FamilyPlanAction>[] }) {
  return <BulletList numbered strongFirstLine items={actions.map((action) => listItem(action, actionLines))} />;
}

type Of<K extends FamilyPlanSection['key']> = Extract<FamilyPlanSection, { key: K }>;
/** The same section in each copy, narrowed to its kind (every copy has the same key). */
const as = <K extends FamilyPlanSection['key']>(copies: Copies<FamilyPlanSection>) => copies as Copies<Of<K>>;

type Columns = FamilyPlanLayout['columns'];

function SectionBody({ copies, columns }: { readonly copies: Copies<FamilyPlanSection>; readonly columns: Columns }) {
  const bilingual = isBilingual(copies);
  const section = first(copies);
  switch (section.key) {
    case 'actions':
      return (
        <>
          {each(as<'actions'>(copies), (s) => s.children).map((child) => {
            const one = first(child);
            const goals = each(child, (c) => c.goals);
            return (
              <Section key={one.childId} title={inLanguages(said(child, (c) => c.heading), bilingual)} level={3}>
                {one.seen.length > 0 && <BulletList items={each(child, (c) => c.seen).map((line) => listItem(line, (text) => text))} />}
                {goals.length > 0 && <BulletList items={goals.map((goal) => listItem(goal, (g) => (g.howWeWillKnow === null ? [g.text] : [g.text, g.howWeWillKnow])))} />}
                {one.moreActionsNote !== null && <Note said={said(child, (c) => c.moreActionsNote)} bilingual={bilingual} />}
                <ActionList actions={each(child, (c) => c.actions)} />
              </Section>
            );
          })}
        </>
      );
    case 'later-actions':
      return (
        <>
          {each(as<'later-actions'>(copies), (s) => s.children).map((child) => (
            <Section key={first(child).childId} title={inLanguages(said(child, (c) => c.heading), bilingual)} level={3}>
              <ActionList actions={each(child, (c) => c.actions)} />
            </Section>
          ))}
        </>
      );
    case 'dates':
      return (
        <Table
          columns={[
            { heading: inLanguages(columnHeading(copies, columns, 'date'), bilingual), width: 2 },
            { heading: inLanguages(columnHeading(copies, columns, 'what'), bilingual), width: 3 },
          ]}
          rows={each(as<'dates'>(copies), (s) => s.dates).map((date) => [inLanguages(said(date, (d) => d.date), bilingual), inLanguages(said(date, (d) => d.what), bilingual)])}
          rowHeaders
        />
      );
    case 'who-can-help':
      return <Facts facts={each(as<'who-can-help'>(copies), (s) => s.people).map((person) => [first(person).name, factValue(said(person, (p) => p.role), bilingual)] as const)} />;
    case 'glossary':
      return <Facts facts={each(as<'glossary'>(copies), (s) => s.entries).map((entry) => [inLanguages(said(entry, (e) => e.term), bilingual), factValue(said(entry, (e) => e.meaning), bilingual)] as const)} />;
    default: {
      const items = each(copies as Copies<Extract<FamilyPlanSection, { items: readonly string[] }>>, (s) => s.items);
      return items.length > 0 ? <BulletList items={items.map((item) => listItem(item, (text) => text))} /> : null;
    }
  }
}

/** The dates table's column headings, which the model does not carry: the plan's catalogue words, per copy. */
function columnHeading(copies: Copies<FamilyPlanSection>, columns: Columns, which: 'date' | 'what'): Said[] {
  return copies.map(({ lang }, index) => ({ lang, text: columns[index]?.[which] ?? (which === 'date' ? 'Date' : 'What happens') }));
}

/** Short sections a reader should find on one page, heading and all. The long ones may run on. */
const KEPT_TOGETHER: ReadonlySet<FamilyPlanSection['key']> = new Set(['decisions', 'if-things-go-wrong', 'core-group', 'dates', 'chair', 'challenge', 'who-can-help']);

function PlanSection({ copies, columns }: { readonly copies: Copies<FamilyPlanSection>; readonly columns: Columns }) {
  const bilingual = isBilingual(copies);
  return (
    <Section title={inLanguages(said(copies, (s) => s.heading), bilingual)} keepTogether={KEPT_TOGETHER.has(first(copies).key)}>
      {each(copies, (s) => s.paragraphs).map((paragraph, index) => (
        <Paragraphs key={index} said={said(paragraph, (p) => p)} bilingual={bilingual} />
      ))}
      <SectionBody copies={copies} columns={columns} />
    </Section>
  );
}

export interface FamilyPlanLayout {
  /** The plan in each language, in the order printed; one copy for a plan in English only. */
  readonly copies: Copies<FamilyPlanModel>;
  /** The dates table's column headings, per copy. */
  readonly columns: readonly { readonly date: string; readonly what: string }[];
  readonly subject: string;
  readonly draftNotice: readonly Said[] | null;
  readonly pageNumber?: (page: number, total: number) => string;
}

/**
 * Two parts: what the conference found, then from "who will do what" onwards, which starts a new
 * page. Laid out separately, a long plan is made faster (react-pdf lays out the rest of a part
 * again for every page it runs over).
 */
export function FamilyPlanDocument({ layout, printSize, madeOn, letterhead = null }: { readonly layout: FamilyPlanLayout; readonly printSize: PrintSize; readonly madeOn: Date; readonly letterhead?: AuthorityIdentity | null }) {
  const { copies } = layout;
  const bilingual = isBilingual(copies);
  const model = first(copies);
  // The running header is drawn in the main typeface alone (as an artifact): the English copy's words.
  const header = copies.find((copy) => copy.lang === 'en-GB')?.value ?? model;
  const sections = each(copies, (m) => m.sections);
  const split = sections.findIndex((section) => first(section).key === 'actions');
  const firstPart = split < 0 ? sections : sections.slice(0, split);
  const second = split < 0 ? [] : sections.slice(split);
  const opening = (
    <>
      {said(copies, (m) => m.title).map((title, index) => (
        <Title key={index} {...(bilingual ? { lang: title.lang } : {})}>
          {title.text}
        </Title>
      ))}
      <DraftNotice said={layout.draftNotice} />
      <Paragraphs said={said(copies, (m) => m.madeFor)} bilingual={bilingual} />
      <Paragraphs said={said(copies, (m) => m.madeOn)} bilingual={bilingual} />
      {each(copies, (m) => m.introduction).map((paragraph, index) => (
        <Paragraphs key={index} said={said(paragraph, (p) => p)} bilingual={bilingual} />
      ))}
      {firstPart.map((section) => (
        <PlanSection key={first(section).key} copies={section} columns={layout.columns} />
      ))}
    </>
  );
  const rest = second.map((section) => <PlanSection key={first(section).key} copies={section} columns={layout.columns} />);
  return (
    <DocumentFrame
      title={model.title}
      subject={layout.subject}
      runningHeader={`${header.title}. ${header.madeFor}.`}
      printSize={printSize}
      madeOn={madeOn}
      letterhead={letterhead}
      language={copies[0]?.lang ?? 'en-GB'}
      {...(layout.pageNumber ? { pageNumber: layout.pageNumber } : {})}
      parts={rest.length > 0 ? [opening, <>{rest}</>] : [opening]}
    />
  );
}
