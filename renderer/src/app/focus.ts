/**
 * After an action that takes away the control it came from (a form closing, a button replaced,
 * a list redrawn), focus would fall to the page body and a screen reader would say nothing. This
 * moves it to the place that says what happened: a heading or status line with tabIndex={-1},
 * or the first answer of a form just opened. It waits, frame by frame, until React has drawn the
 * element (a save's reply can redraw the screen a frame or two later), then gives up quietly.
 */
export function focusWhenDrawn(elementId: string, { firstAnswer = false, frames = 20 } = {}): void {
  requestAnimationFrame(() => {
    const element = document.getElementById(elementId);
    const target = element && firstAnswer ? firstAnswerIn(element) : element;
    if (target) {
      target.focus();
      return;
    }
    if (frames > 0) focusWhenDrawn(elementId, { firstAnswer, frames: frames - 1 });
  });
}

/** A radio group is entered at its chosen answer, as Tab would enter it. */
function firstAnswerIn(element: HTMLElement): HTMLElement | null {
  return element.querySelector<HTMLElement>('input[type="radio"]:checked') ?? element.querySelector<HTMLElement>('input, select, textarea');
}
