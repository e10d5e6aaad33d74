import type { ApiError } from '../../../shared/contract/result';

export function ErrorMessage({ error }: { readonly error: ApiError }) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{error.message}</p>
    </div>
  );
}
