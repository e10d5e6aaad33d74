/**
 * Moves focus once the change has been drawn. A frame later, so it lands after React has
 * re-rendered (and after the page heading takes focus when a child's name changes the title).
 */
export function focusSoon(elementId: string): void {
  requestAnimationFrame(() => document.getElementById(elementId)?.focus());
}

/** Ids for the parts of one child or person that focus returns to. */
export const itemIds = (itemId: string) => ({
  heading: `family-item-${itemId}-heading`,
  edit: `family-item-${itemId}-edit`,
  remove: `family-item-${itemId}-remove`,
  recordBirth: `family-item-${itemId}-record-birth`,
});
