// In the reader of a draft: selecting words (by mouse, or with Shift and the arrow keys) shows a
// small toolbar beside them: "New event from selection" and, with an event chosen, "Add passage to
// this event" (Alt+N and Alt+P do the same). The selection's offsets in the source text are read
// through the pieces the reader draws, each of which says where it starts (`data-start`).
import { type RefObject, useEffect, useState } from 'react';
import { passageFromRange } from '../dataset/anchor';
import { addPassage } from '../dataset/commands';
import { useStore } from '../state/store';
import { isDocumentSelection, readSelection, type Selected } from './readerSelection';

export default function SelectionToolbar({
  bodyRef,
  sourceId,
}: {
  bodyRef: RefObject<HTMLDivElement | null>;
  sourceId: string;
}) {
  const [selected, setSelected] = useState<Selected | null>(null);
  const eventId = useStore((state) => state.view.event);

  useEffect(() => {
    const update = (event?: Event) => {
      if (event && !isDocumentSelection(event)) return;
      const body = bodyRef.current;
      setSelected(body ? readSelection(body) : null);
    };
    document.addEventListener('selectionchange', update);
    // Words may have been selected before this toolbar's code arrived.
    update();
    return () => document.removeEventListener('selectionchange', update);
  }, [bodyRef]);

  const newEvent = (range: Selected) => {
    useStore.getState().setEditorUi({ proposal: { sourceId, start: range.start, end: range.end } });
    window.getSelection()?.removeAllRanges();
    // The new event's form takes the focus, where the person goes on.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.event-editor input, .event-editor h2')?.focus(),
    );
  };
  const addToEvent = (range: Selected) => {
    const store = useStore.getState();
    const dataset = store.loaded?.dataset;
    const source = dataset?.sources.find((s) => s.id === sourceId);
    if (!dataset || !source || !eventId) return;
    const made = passageFromRange(source.text, sourceId, range.start, range.end);
    if (!made.ok) return;
    store.dispatch((latest) => addPassage(latest, eventId, made.passage));
    store.markHistory();
    window.getSelection()?.removeAllRanges();
    store.notify('The passage was added to the event.', 'info', 'action');
  };

  // Alt+N and Alt+P, for keyboard users who selected with Shift and the arrow keys.
  useEffect(() => {
    if (!selected) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === 'KeyN') {
        event.preventDefault();
        newEvent(selected);
      } else if (event.code === 'KeyP' && eventId) {
        event.preventDefault();
        addToEvent(selected);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  if (!selected) return null;
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selected words"
      style={{ position: 'fixed', top: selected.top, left: Math.max(8, selected.left) }}
    >
      <button
        type="button"
        aria-keyshortcuts="Alt+N"
        // Keeps the selection while the button is pressed.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => newEvent(selected)}
      >
        New event from selection
      </button>
      {eventId && (
        <button
          type="button"
          aria-keyshortcuts="Alt+P"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => addToEvent(selected)}
        >
          Add passage to this event
        </button>
      )}
    </div>
  );
}
