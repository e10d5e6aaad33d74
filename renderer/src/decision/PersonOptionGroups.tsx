import type { peopleOptions } from './parts';

type People = ReturnType<typeof peopleOptions>;

const GROUPS = [
  ['professionals', 'Professionals'],
  ['family', 'Family and network'],
  ['children', 'Children'],
] as const;

/** The people of a conference as option groups for a select; empty groups are left out. */
export function PersonOptionGroups({ options }: { readonly options: People }) {
  return (
    <>
      {GROUPS.filter(([key]) => options[key].length > 0).map(([key, label]) => (
        <optgroup key={key} label={label}>
          {options[key].map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
