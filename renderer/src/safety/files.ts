/**
 * A handover package crosses the application boundary as base64 text; these turn it into a file
 * the person saves, and a chosen file back into text.
 */
import { downloadFile } from '../app/download';

/** Saves the package through the browser's own download (Electron asks where to save it). */
export function downloadPackage(fileName: string, base64: string): void {
  downloadFile(fileName, base64, 'application/octet-stream');
}

/** The file's bytes as base64 (without the `data:…;base64,` prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
