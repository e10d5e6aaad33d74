/** @jsxRuntime automatic @jsxImportSource react */
import { Text } from '@react-pdf/renderer';
import { P } from '../components';
import { paragraphsOf } from './professional-words';

/** A long text typed over several lines as its paragraphs, the first opened by an optional bold lead-in. */
export function Paragraphs({ lead = '', text, empty }: { readonly lead?: string; readonly text: string; readonly empty?: string }) {
  const [first, ...rest] = paragraphsOf(text, empty);
  return (
    <>
      <P>
        {lead !== '' && <Text style={{ fontWeight: 700 }}>{lead}</Text>}
        {first}
      </P>
      {rest.map((paragraph, index) => (
        <P key={index}>{paragraph}</P>
      ))}
    </>
  );
}
