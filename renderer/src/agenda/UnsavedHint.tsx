/** Says plainly that the list on screen is not what is saved yet. */
export function UnsavedHint({ dirty, what }: { readonly dirty: boolean; readonly what: string }) {
  if (!dirty) return null;
  return (
    <p className="notice notice--warning unsaved-hint">
      <strong>You have unsaved changes.</strong> Save the {what} to keep them.
    </p>
  );
}
