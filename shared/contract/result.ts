/**
 * Errors cross every boundary (IPC, HTTP) as values, never as thrown exceptions or stacks.
 * Messages are written for the person using the app and never contain a family's details.
 */
export const ERROR_KINDS = ['validation', 'not-found', 'conflict', 'locked', 'internal'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface ApiError {
  readonly kind: ErrorKind;
  readonly message: string;
  /** For validation errors: a message per field path (`children.0.dateOfBirth`), shown beside the field. */
  readonly fields?: Readonly<Record<string, string>>;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ApiError };

/** An error whose message is safe to show: thrown inside handlers, turned into a value by `handle()`. */
export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly fields?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: Readonly<Record<string, string>>) {
    super('validation', message, fields);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('not-found', `${what} could not be found. It may have been removed.`);
    this.name = 'NotFoundError';
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message);
    this.name = 'ConflictError';
  }
}

export class LockedError extends AppError {
  constructor(message: string) {
    super('locked', message);
    this.name = 'LockedError';
  }
}

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, contact your IT service desk.';
