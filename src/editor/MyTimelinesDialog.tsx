// "My timelines": the drafts kept in this browser, to open, duplicate or delete (with undo).
import { useCallback, useEffect, useId, useState } from 'react';
import type { DraftRecord, DraftSummary } from '../drafts/draftStore';
import { storageFailureWords } from '../drafts/draftStore';
import { Modal } from '../share/Modal';
import { useStore } from '../state/store';
import { FOREIGN_FRAME_WORDS, inForeignFrame } from './framingGuard';
import { createDraft, draftStore, newDraftId, openDraft } from './session';
import { announce, TAB } from './tabs';
import './editor.css';

const when = (at: number) =>
  new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export default function MyTimelinesDialog({ onClose }: { onClose: () => void }) {
  const headingId = useId();
  const openId = useStore((state) => (state.origin?.kind === 'draft' ? state.origin.id : null));
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<DraftRecord | null>(null);
  const [restoredNote, setRestoredNote] = useState<string | null>(null);
  const foreign = inForeignFrame();

  const refresh = useCallback(async () => {
    try {
      setDrafts(await (await draftStore()).list());
    } catch (error) {
      setFailure(error instanceof Error ? error.message : storageFailureWords(error));
    }
  }, []);
  useEffect(() => {
    if (!foreign) void refresh();
  }, [refresh, foreign]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : storageFailureWords(error));
    }
  };

  return (
    <Modal labelledBy={headingId} className="my-timelines" onClose={onClose}>
      <h2 id={headingId}>My timelines</h2>
      {foreign ? (
        <p>{FOREIGN_FRAME_WORDS}</p>
      ) : (
        <>
          <p className="field-hint">
            Drafts are kept in this browser only (on this computer, for this site). Export a draft
            to back it up or to share it; clearing the browser’s data for this site deletes them.
          </p>
          {failure && (
            <p className="field-problem" role="alert">
              {failure}
            </p>
          )}
          {deleted && (
            <p className="deleted-note" role="status">
              Deleted “<bdi>{deleted.title}</bdi>”.{' '}
              <button
                type="button"
                onClick={() =>
                  act(async () => {
                    const back = await (await draftStore()).restore(
                      deleted,
                      newDraftId(deleted.title),
                    );
                    // A draft of that id was saved since the delete: nothing is overwritten.
                    if (back.asCopy) {
                      setRestoredNote(
                        `“${deleted.title}” was saved again since it was deleted, so it came back as a copy beside it.`,
                      );
                    } else {
                      announce({
                        type: 'restored',
                        id: deleted.id,
                        revision: deleted.revision,
                        by: TAB,
                      });
                    }
                    setDeleted(null);
                    await refresh();
                  })
                }
              >
                Undo
              </button>
            </p>
          )}
          {restoredNote && (
            <p className="deleted-note" role="status">
              <bdi>{restoredNote}</bdi>
            </p>
          )}
          {drafts === null ? (
            <p>Reading your drafts…</p>
          ) : drafts.length === 0 ? (
            <p>No drafts yet: start one with “New timeline”, or “Edit a copy” of a dataset.</p>
          ) : (
            <ul className="draft-list" aria-label="Drafts">
              {drafts.map((draft) => (
                <li key={draft.id}>
                  <div>
                    <strong>
                      <bdi>{draft.title}</bdi>
                    </strong>
                    {draft.id === openId && <span className="field-hint"> (open)</span>}
                    <div className="field-hint">
                      {draft.events} event{draft.events === 1 ? '' : 's'} · saved{' '}
                      {when(draft.savedAt)}
                    </div>
                  </div>
                  <div className="draft-actions">
                    <button
                      type="button"
                      aria-label={`Open ${draft.title}`}
                      onClick={() =>
                        act(async () => {
                          await openDraft(draft.id);
                          onClose();
                        })
                      }
                    >
                      Open
                    </button>
                    <button
                      type="button"
                      aria-label={`Duplicate ${draft.title}`}
                      onClick={() =>
                        act(async () => {
                          const record = await (await draftStore()).load(draft.id);
                          if (!record) return;
                          await createDraft({
                            ...record.dataset,
                            title: `${record.dataset.title} (copy)`,
                          });
                          onClose();
                        })
                      }
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      aria-label={`Delete ${draft.title}`}
                      disabled={draft.id === openId}
                      title={draft.id === openId ? 'Open another dataset first' : undefined}
                      onClick={() =>
                        act(async () => {
                          const store = await draftStore();
                          const record = await store.load(draft.id);
                          await store.remove(draft.id);
                          // A tab that has it open is told, and offered to keep its copy.
                          announce({ type: 'deleted', id: draft.id, by: TAB });
                          setRestoredNote(null);
                          setDeleted(record);
                          await refresh();
                        })
                      }
                    >
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
