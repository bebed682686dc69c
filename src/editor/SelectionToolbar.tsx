// In the reader of a draft: selecting words (by mouse, or with Shift and the arrow keys) shows a
// small toolbar beside them: "New event from selection" and, with an event chosen, "Add passage to
// this event" (the editor's actions, which Alt+N and Alt+P run too). The selection's offsets in
// the source text are read through the pieces the reader draws, each of which says where it
// starts (`data-start`).
import { type RefObject, useEffect, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import { addPassageAction, newEventAction, runAction } from './actions';
import { isDocumentSelection, readSelection, type Selected } from './readerSelection';
import { decide } from './textUpdate';

export default function SelectionToolbar({
  bodyRef,
  sourceId,
}: {
  bodyRef: RefObject<HTMLDivElement | null>;
  sourceId: string;
}) {
  const { t } = useTranslator();
  const [selected, setSelected] = useState<Selected | null>(null);
  // Drawn again when the chosen event changes ("Add passage to this event" needs one).
  useStore((state) => state.view.event);
  // A passage of an article's new version waiting for its new place (see TextUpdateReview).
  const moving = useStore((state) =>
    state.editor.textUpdate?.sourceId === sourceId ? state.editor.textUpdate.moving : null,
  );

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

  if (!selected) return null;
  // The same actions as Alt+N and Alt+P (the editor's key dispatcher runs those).
  const context = { store: useStore.getState(), selection: { ...selected, sourceId } };
  const actions = [newEventAction, addPassageAction].filter((action) => action.predicate(context));
  if (actions.length === 0 && moving === null) return null;
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('editor.selectedWords')}
      style={{ position: 'fixed', top: selected.top, left: Math.max(8, selected.left) }}
    >
      {actions.map((action) => (
        <button
          key={action.id}
          type="button"
          aria-keyshortcuts={action.keys}
          // Keeps the selection while the button is pressed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => runAction(action, context)}
        >
          {action.label(context)}
        </button>
      ))}
      {moving !== null && (
        <button
          type="button"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            decide(moving, { kind: 'move', start: selected.start, end: selected.end });
            window.getSelection()?.removeAllRanges();
          }}
        >
          {t('editor.reanchor.useAsNewPlace')}
        </button>
      )}
    </div>
  );
}
