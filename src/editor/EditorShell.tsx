// The editor around an open draft: it makes the store's dataset editable, saves every change (see
// session.ts), answers Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z, and shows the editor's bar: where saving
// stands, undo and redo, preview, another article, export. Loaded only for drafts.
import { useEffect, useRef } from 'react';
import { editing } from '../state/editing';
import { useStore } from '../state/store';
import { onEditorKey } from './actions';
import { EditorBar } from './EditorBar';
import { foreignFrameWords, inForeignFrame } from './framingGuard';
import { type DraftSession, startDraftSession } from './session';
import './editor.css';

export default function EditorShell({ draftId }: { draftId: string }) {
  const foreign = useRef(inForeignFrame()).current;
  const preview = useStore((state) => state.editor.preview);
  const enabled = useStore((state) => state.editing !== null);

  useEffect(() => {
    if (foreign) return;
    const store = useStore.getState();
    if (!store.editing) store.enableEditing(editing);
  }, [foreign]);

  // One saving session per opening of the draft: loading it again (the other tab's version)
  // starts afresh from the revision stored, with nothing held over from the last one.
  const opening = useStore((state) => state.origin);
  useEffect(() => {
    if (foreign || opening?.kind !== 'draft' || opening.id !== draftId) return;
    const session: DraftSession = startDraftSession(draftId);
    return () => session.stop();
  }, [draftId, foreign, opening]);

  // The editor's one key dispatcher (actions.ts). Undo and redo are the store's, in text fields
  // too: the form's fields show the dataset, so one history covers typing and everything else.
  useEffect(() => {
    if (foreign || preview) return;
    document.addEventListener('keydown', onEditorKey);
    return () => document.removeEventListener('keydown', onEditorKey);
  }, [foreign, preview]);

  if (foreign) {
    return (
      <p className="editor-bar editor-refused" role="status">
        {foreignFrameWords()}
      </p>
    );
  }
  if (!enabled) return null;
  return <EditorBar draftId={draftId} />;
}
