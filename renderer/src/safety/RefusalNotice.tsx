/** The application's reason for refusing, focusable so it can be read out at once. */
export function RefusalNotice({ message }: { readonly message: string }) {
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1}>
      <p>{message}</p>
    </div>
  );
}
