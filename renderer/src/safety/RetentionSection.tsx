import { useEffect, useRef, useState } from 'react';
import type { RetentionItem } from '../../../shared/retention/schema';
import { formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { useConferences, type Loadable } from '../conference/store';
import { RefusalNotice } from './RefusalNotice';
import { RetentionRow } from './RetentionRow';
import { StatusLine } from './StatusLine';
import { useStatus } from './useStatus';

/**
 * Local retention: once a conference is in the authority's case-management system it stays here
 * only for the authority's retention period, then can be removed from this computer.
 */
export function RetentionSection() {
  const [items, setItems] = useState<Loadable<readonly RetentionItem[]>>({ state: 'loading' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [status, say] = useStatus();
  const heading = useRef<HTMLHeadingElement>(null);
  const refusalBox = useRef<HTMLDivElement>(null);
  const loadList = useConferences((state) => state.loadList);

  useEffect(() => {
    let current = true;
    void api.listRetention({}).then((result) => {
      if (current) setItems(result.ok ? { state: 'loaded', value: result.value } : { state: 'failed', error: result.error });
    });
    return () => {
      current = false;
    };
  }, []);

  const refuse = (message: string) => {
    setRefusal(message);
    requestAnimationFrame(() => refusalBox.current?.querySelector<HTMLElement>('[role="alert"]')?.focus());
  };

  const markExported = async (item: RetentionItem) => {
    setRefusal(null);
    const result = await api.markExportedToCms({ conferenceId: item.conferenceId });
    if (!result.ok) return refuse(result.error.message);
    setItems({ state: 'loaded', value: result.value });
    const updated = result.value.find((i) => i.conferenceId === item.conferenceId);
    say(`Marked as exported: ${item.children}. Kept here until ${updated?.removableFrom ? formatIsoDate(updated.removableFrom) : 'its retention period ends'}.`);
  };

  const remove = async (item: RetentionItem, confirmation: string): Promise<boolean> => {
    setRefusal(null);
    const result = await api.removeConference({ conferenceId: item.conferenceId, confirmation: confirmation as 'REMOVE' });
    if (!result.ok) {
      refuse(result.error.fields?.['confirmation'] ?? result.error.message);
      return false;
    }
    setItems({ state: 'loaded', value: result.value });
    say(`Removed from this computer: ${item.children}.`);
    void loadList();
    requestAnimationFrame(() => heading.current?.focus());
    return true;
  };

  return (
    <section className="panel safety-part" aria-labelledby="retention-heading">
      <h2 id="retention-heading" ref={heading} tabIndex={-1}>
        Keeping records on this computer
      </h2>
      <p>
        The record that counts is the one in your authority’s case-management system. When a conference is there, mark it
        as exported: Confer then keeps it here for your authority’s retention period, after which you can remove it from this
        computer. Removing cannot be undone here.
      </p>
      <StatusLine message={status} />
      <div ref={refusalBox}>{refusal && <RefusalNotice message={refusal} />}</div>
      {items.state === 'loading' && <p>Loading…</p>}
      {items.state === 'failed' && <ErrorMessage error={items.error} />}
      {items.state === 'loaded' &&
        (items.value.length === 0 ? (
          <p>There are no conferences on this computer.</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">Conferences and how long they are kept on this computer</caption>
            <thead>
              <tr>
                <th scope="col">Conference</th>
                <th scope="col">Exported</th>
                <th scope="col">Kept here until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.value.map((item) => (
                <RetentionRow key={item.conferenceId} item={item} onMarkExported={markExported} onRemove={remove} />
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
