import type { ItemEditing } from './useItemEditing';

/** "Change" and "Remove" for one item; a screen reader hears which item each is for. */
export function ItemButtons({ editing, name }: { readonly editing: ItemEditing; readonly name: string }) {
  return (
    <div className="button-row item-buttons">
      <button type="button" id={editing.ids.change} className="button button--secondary button--small" onClick={editing.startChange}>
        Change<span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" id={editing.ids.remove} className="button button--link" onClick={editing.startRemove}>
        Remove<span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}
