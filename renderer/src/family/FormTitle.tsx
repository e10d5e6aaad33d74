/** A form's heading, one level below where the form sits. */
export function FormTitle({ id, level, text }: { readonly id: string; readonly level: 3 | 4; readonly text: string }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <Heading className="family-form__title" id={id}>
      {text}
    </Heading>
  );
}
