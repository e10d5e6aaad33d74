import { useEffect } from 'react';
import { useConferences } from '../conference/store';
import { ExportForm } from './ExportForm';
import { ImportForm } from './ImportForm';

/** Passing a conference between the minute-taker's laptop and the chair's. */
export function HandoverSection() {
  const loadList = useConferences((state) => state.loadList);
  useEffect(() => {
    void loadList();
  }, [loadList]);

  return (
    <section className="panel safety-part" aria-labelledby="handover-heading">
      <h2 id="handover-heading">Handover between laptops</h2>
      <p>
        To pass a conference between the minute-taker’s laptop and the chair’s, export it here as a file sealed with a
        passphrase, move the file to the other laptop, and import it there with the same passphrase.
      </p>
      <div className="safety-handover">
        <ExportForm />
        <ImportForm />
      </div>
    </section>
  );
}
