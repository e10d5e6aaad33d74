import { useEffect, useState, type FormEvent } from 'react';
import type { EvaluationImports } from '../../../shared/evaluation/file';
import { api } from '../api/client';
import { downloadFile } from '../app/download';
import { ErrorSummary } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';

const FILE_ID = fieldId('evaluation-import-file');
// Far above a real evaluation file (a few kilobytes); the application refuses anything larger too.
const MAX_FILE_BYTES = 200_000;

function downloadText(fileName: string, text: string, type: string): void {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  downloadFile(fileName, btoa(binary), type);
}

/**
 * The exports (docs/evaluation.md): this computer's evaluation file for the authority, the CSV
 * files for the pathfinder and the reporting database, and importing other chairs' files.
 */
export function EvaluationFiles({ onImported }: { readonly onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  const [imports, setImports] = useState<EvaluationImports | null>(null);

  const loadImports = async () => {
    const result = await api.getEvaluationImports({});
    if (result.ok) setImports(result.value);
  };
  useEffect(() => {
    void loadImports();
  }, []);

  const refuse = (message: string) => {
    setError(message);
    setStatus('');
    setAttempt((n) => n + 1);
  };

  const exportFile = async () => {
    const result = await api.exportEvaluationFile({});
    if (!result.ok) return refuse(result.error.message);
    downloadText(result.value.fileName, result.value.content, 'application/json');
    setStatus(`Saved ${result.value.fileName}.`);
  };

  const exportCsv = async () => {
    const result = await api.exportEvaluationCsv({});
    if (!result.ok) return refuse(result.error.message);
    for (const csv of result.value.files) downloadText(csv.fileName, csv.content, 'text/csv');
    setStatus(`Saved ${result.value.files.map((f) => f.fileName).join(', ')}.`);
  };

  const importFile = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return refuse('Choose an evaluation file to import.');
    if (file.size === 0 || file.size > MAX_FILE_BYTES) return refuse('This is not a Confer evaluation file. Nothing was imported.');
    let content: string;
    try {
      content = await file.text();
    } catch {
      return refuse('The chosen file could not be read. Choose it again, or copy it to this computer first.');
    }
    const result = await api.importEvaluationFile({ content });
    if (!result.ok) return refuse(result.error.message);
    setError(null);
    setStatus(
      result.value.alreadyImported
        ? 'This file had been imported already: nothing was added.'
        : `Imported the figures for ${result.value.conferences} ${result.value.conferences === 1 ? 'conference' : 'conferences'}.`,
    );
    await loadImports();
    onImported();
  };

  return (
    <section className="evaluation-files" aria-labelledby="evaluation-files-heading">
      <h2 id="evaluation-files-heading">Exports and the authority’s whole picture</h2>
      <ErrorSummary errors={error ? [{ fieldId: FILE_ID, message: error }] : []} attempt={attempt} />
      <h3>This computer’s figures</h3>
      <p>
        The evaluation file holds this computer’s figures as counts only, sealed so any change shows. Give it to the person who
        brings the authority’s figures together. The CSV files are the pathfinder’s figures (counts under 5 shown as “&lt;5”) and the
        Standard Safeguarding Dataset’s child protection tables, which hold each child’s case-management person id and dates, for the
        authority’s own reporting database only.
      </p>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={() => void exportFile()}>
          Save the evaluation file
        </button>
        <button type="button" className="button button--secondary" onClick={() => void exportCsv()}>
          Save the CSV files
        </button>
      </div>
      <h3>Import other chairs’ evaluation files</h3>
      <form onSubmit={(event) => void importFile(event)} noValidate aria-label="Import an evaluation file">
        <Field id={FILE_ID} label="Evaluation file" hint="A file saved from Confer on another laptop. Its name ends in .json." error={error ?? undefined}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="file" accept="application/json,.json" aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          )}
        </Field>
        <button type="submit" className="button button--primary">
          Import the file
        </button>
      </form>
      <div role="status" className="evaluation-status" data-testid="evaluation-files-status">
        {status}
      </div>
      {imports && imports.files.length > 0 && (
        <table className="table">
          <caption>Evaluation files imported</caption>
          <thead>
            <tr>
              <th scope="col">File reference</th>
              <th scope="col">Imported</th>
              <th scope="col">Conferences</th>
            </tr>
          </thead>
          <tbody>
            {imports.files.map((f) => (
              <tr key={f.reference}>
                <th scope="row">{f.reference}</th>
                <td>{new Date(f.importedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>{f.conferences}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
