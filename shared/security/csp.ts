/**
 * The Content-Security-Policy for the renderer, the same in both hosts: only the app's own
 * scripts, styles, fonts and workers; no inline script, no eval, no framing, no outside requests.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  // Confer shows nothing in a frame (the PDF preview draws with PDF.js), so no frame may load.
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
