import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { bytesFromBase64, loadPdfjs } from './pdf';

/** The preview is drawn at most this wide (CSS pixels), sharp on high-density screens. */
const PREVIEW_WIDTH = 640;
/** Sharp enough on a high-density screen; more only costs memory. */
const MAX_PIXEL_RATIO = 2;

type Preview = { readonly state: 'loading' } | { readonly state: 'shown'; readonly pages: number } | { readonly state: 'failed' };

/**
 * The made PDF's pages, drawn by PDF.js onto canvases. A picture of each page, named for screen
 * readers ("Page 1 of 3 of …"); the saved file itself is the tagged document people read.
 */
export function PdfPreview({ pdfBase64, title }: { readonly pdfBase64: string; readonly title: string }) {
  const [preview, setPreview] = useState<Preview>({ state: 'loading' });
  const pdf = useRef<PDFDocumentProxy | null>(null);
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);

  useEffect(() => {
    let live = true;
    setPreview({ state: 'loading' });
    const opening = loadPdfjs().then((pdfjs) => pdfjs.getDocument({ data: bytesFromBase64(pdfBase64), isEvalSupported: false, enableXfa: false }).promise);
    opening.then(
      (document) => {
        if (!live) return void document.destroy();
        pdf.current = document;
        setPreview({ state: 'shown', pages: document.numPages });
      },
      () => live && setPreview({ state: 'failed' }),
    );
    return () => {
      live = false;
      void pdf.current?.destroy();
      pdf.current = null;
    };
  }, [pdfBase64]);

  // Pages are drawn as they come near the screen, one at a time: a long record drawn all at once
  // on a high-density screen would hold hundreds of megabytes of canvas.
  useEffect(() => {
    const document = pdf.current;
    if (!document || preview.state !== 'shown') return;
    let live = true;
    const ratio = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    const drawn = new Set<number>();
    let drawing: Promise<void> = Promise.resolve();
    const draw = (number: number, canvas: HTMLCanvasElement) => {
      drawing = drawing.then(async () => {
        if (!live) return;
        const page = await document.getPage(number);
        const natural = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (PREVIEW_WIDTH / natural.width) * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvas, viewport }).promise;
      }).catch(() => {
        if (live) setPreview({ state: 'failed' });
      });
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const number = Number((entry.target as HTMLElement).dataset['page']);
          if (!entry.isIntersecting || drawn.has(number)) continue;
          drawn.add(number);
          draw(number, entry.target as HTMLCanvasElement);
        }
      },
      { rootMargin: '1000px 0px' },
    );
    for (const canvas of canvases.current) if (canvas) observer.observe(canvas);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [preview]);

  if (preview.state === 'loading') return <p className="documents-preview__status">Preparing the preview…</p>;
  if (preview.state === 'failed') {
    return (
      <div className="notice notice--warning">
        <p>The preview could not be shown. The document was made; you can still save it and open it in a PDF reader.</p>
      </div>
    );
  }
  const pages = preview.pages;
  return (
    <ol className="documents-pages">
      {Array.from({ length: pages }, (_, index) => (
        <li key={index} className="documents-page">
          <canvas
            ref={(element) => {
              canvases.current[index] = element;
            }}
            data-page={index + 1}
            // An A4 shape until the page is drawn, so the list has its full length at once.
            width={210}
            height={297}
            role="img"
            aria-label={`Page ${index + 1} of ${pages} of ${title}`}
            className="documents-page__canvas"
          />
        </li>
      ))}
    </ol>
  );
}
