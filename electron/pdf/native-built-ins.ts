/**
 * pdf.js's legacy build (the one that runs on Node 20) brings core-js polyfills that replace
 * some of V8's own built-ins for the whole thread, not only for pdf.js: Array.prototype.push,
 * JSON.stringify and JSON.parse among them, for spec corner cases no code here meets (an array
 * past 2^32 elements, JSON.rawJSON). Every push in react-pdf's layout, textkit and fontkit then ran
 * through JavaScript: about a tenth of the time a document took. This module is imported before
 * pdf.js, keeps the engine's own functions, and puts them back after pdf.js has loaded its parts.
 */
const NATIVE = {
  push: Array.prototype.push,
  stringify: JSON.stringify,
  parse: JSON.parse,
} as const;

function restore(target: object, key: string, value: unknown): void {
  const current = Object.getOwnPropertyDescriptor(target, key);
  if (current?.value === value) return;
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

/** Puts V8's own push, JSON.stringify and JSON.parse back, if something replaced them. */
export function restoreNativeBuiltIns(): void {
  restore(Array.prototype, 'push', NATIVE.push);
  restore(JSON, 'stringify', NATIVE.stringify);
  restore(JSON, 'parse', NATIVE.parse);
}
