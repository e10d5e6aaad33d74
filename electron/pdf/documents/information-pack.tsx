/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The family's information pack on paper (issue 17). It only lays out the model from
 * shared/documents/information-pack.ts, built from the source filtered for its recipient; nothing
 * here reads the conference. The "my views" form is a page of its own, to fill in and bring.
 */
import { View } from '@react-pdf/renderer';
import type { AuthorityIdentity } from '../../../shared/authority/identity';
import type { InformationPackModel, PackSection } from '../../../shared/documents/information-pack';
import { BulletList, DocumentFrame, P, Section, Title, useDocumentStyles } from '../components';
import type { PrintSize } from '../styles';

function PackPart({ section }: { readonly section: PackSection }) {
  return (
    <Section title={section.heading} keepTogether={section.key !== 'who' && section.key !== 'reports'}>
      {section.paragraphs.map((paragraph, index) => (
        <P key={index}>{paragraph}</P>
      ))}
      {section.items.length > 0 && <BulletList items={section.items} />}
    </Section>
  );
}

/** A space to write in: a drawn box, decoration only (the question before it says what it is for). */
function WritingSpace({ large }: { readonly large: boolean }) {
  const styles = useDocumentStyles();
  return <View style={{ height: large ? 80 : 105, borderWidth: 0.75, borderColor: '#4a4a4a', marginBottom: styles.keepWithNext / 8 }} />;
}

function ViewsForm({ model, large }: { readonly model: InformationPackModel; readonly large: boolean }) {
  return (
    <Section title={model.views.heading}>
      <P>{model.views.intro}</P>
      {model.views.questions.map((question, index) => (
        <View key={index} wrap={false}>
          <P style={{ fontWeight: 700, marginBottom: 4 }}>{question}</P>
          <WritingSpace large={large} />
        </View>
      ))}
    </Section>
  );
}

export function InformationPackDocument({
  model,
  printSize,
  madeOn,
  letterhead = null,
}: {
  readonly model: InformationPackModel;
  readonly printSize: PrintSize;
  readonly madeOn: Date;
  readonly letterhead?: AuthorityIdentity | null;
}) {
  const opening = (
    <>
      <Title>{model.title}</Title>
      <P>{model.madeFor}</P>
      <P>{model.madeOn}</P>
      {model.sections.map((section) => (
        <PackPart key={section.key} section={section} />
      ))}
    </>
  );
  return (
    <DocumentFrame
      title={model.title}
      subject="Information before a child protection conference"
      runningHeader={`${model.madeFor}. ${model.madeOn}.`}
      printSize={printSize}
      madeOn={madeOn}
      letterhead={letterhead}
      parts={[opening, <ViewsForm key="views" model={model} large={printSize.name === 'large'} />]}
    />
  );
}
