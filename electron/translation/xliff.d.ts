// The xliff package ships no types. Only what the translation round trip uses is declared.
declare module 'xliff/js2xliff' {
  export interface XliffUnit {
    source: string;
    target?: string;
    note?: string;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export default function js2xliff(js: XliffJs, options?: { indent?: string }): Promise<string>;
}

declare module 'xliff/xliff2js' {
  /** What the parser gives: shapes are only as good as the file, so every field is checked by the caller. */
  export interface ParsedXliff {
    readonly sourceLanguage?: unknown;
    readonly targetLanguage?: unknown;
    readonly xliffVersion?: unknown;
    readonly resources?: unknown;
  }
  export default function xliff2js(xml: string, options?: Record<string, unknown>): Promise<ParsedXliff>;
}
