// The editor's bar above the timeline: where saving stands (and what to do when it failed or
// another tab saved), undo and redo, preview, another article, and exporting the dataset, which
// is refused, saying what to fix, while the validator finds problems.
import { useEffect, useId, useState } from 'react';
import { BidiText } from '../app/BidiText';
import { useDialogs } from '../app/useDialogs';
import { parseDataset } from '../dataset/parse';
import { formatProblem } from '../dataset/problem';
import { saveFile } from '../share/download';
import { DEFAULT_DATASET_ID, datasetFromLink } from '../state/datasetLoader';
import { openDataset } from '../state/openDataset';
import { checkDatasetOffThread } from '../state/parseOffThread';
import { useStore } from '../state/store';
import { AddArticleDialog } from './AddArticleDialog';
import { redoAction, runAction, undoAction } from './actions';
import { CastDialog } from './CastDialog';
import { draftPieces } from './draftText';
import { startSuggesting } from './review';
import { createDraft, openDraft } from './session';
import { UpdateTextDialog } from './UpdateTextDialog';

/** The validator runs this long after the last change (and never on the main thread). */
const CHECK_PAUSE_MS = 500;

const timeWords = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

function exportName(id: string): string {
  return `${id}.json`;
}

export function EditorBar({ draftId }: { draftId: string }) {
  const save = useStore((state) => state.editor.save);
  const preview = useStore((state) => state.editor.preview);
  const problems = useStore((state) => state.editor.problems);
  const editsPending = useStore((state) => state.editsPending);
  const review = useStore((state) => state.editor.review);
  const textUpdate = useStore((state) => state.editor.textUpdate);
  useStore((state) => state.history);
  const loaded = useStore((state) => state.loaded);
  const setEditorUi = useStore((state) => state.setEditorUi);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const dialogs = useDialogs<'add' | 'cast' | 'update'>();
  const problemsId = useId();

  // Live validation, off the main thread: the same rules as `npm run validate`.
  const dataset = loaded?.dataset;
  useEffect(() => {
    if (!dataset) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const text = await draftPieces(dataset);
      if (controller.signal.aborted) return;
      const result = await checkDatasetOffThread(text, controller.signal);
      if (!result || controller.signal.aborted) return;
      setEditorUi({ problems: result.ok ? result.warnings : result.problems });
    }, CHECK_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [dataset, setEditorUi]);

  const exportDataset = () => {
    const current = useStore.getState().loaded?.dataset;
    if (!current) return;
    const checked = parseDataset(current, { anchors: 'strict' });
    if (!checked.ok) {
      setRefusal(checked.problems.slice(0, 20).map(formatProblem));
      return;
    }
    setRefusal(null);
    saveFile(`${JSON.stringify(current, null, 2)}\n`, 'application/json', exportName(current.id));
  };

  // The buttons run the same actions as the keys, and say the same (drawn again as the history,
  // the preview and the text waiting in fields change: all selected above).
  const context = { store: useStore.getState(), selection: null };
  const status = (() => {
    switch (save?.kind) {
      case undefined:
        return 'Draft in this browser';
      case 'saving':
        return 'Saving…';
      case 'saved':
        // Text still waiting in a field is not saved yet, whatever was saved before it.
        return editsPending ? 'Saving…' : `Saved in this browser at ${timeWords(save.at)}`;
      case 'failed':
        return 'Not saved';
      case 'conflict':
        return 'Changed in another tab';
      case 'deleted':
        return 'Deleted in another tab';
      case 'unavailable':
        return 'Not kept in this browser';
    }
  })();
  const keepCopy = () => {
    const { loaded, history: now } = useStore.getState();
    if (loaded) void createDraft({ ...loaded.dataset, title: loaded.dataset.title }, now);
  };

  return (
    <section className="editor-bar" aria-label="Editor">
      <p className="editor-status" role="status">
        <strong>Editing</strong> · {status}
      </p>
      <div className="editor-actions">
        {[undoAction, redoAction].map((action) => (
          <button
            key={action.id}
            type="button"
            disabled={!action.predicate(context)}
            aria-keyshortcuts={action.keys}
            aria-label={action.label(context)}
            onClick={() => runAction(action)}
          >
            {action.id === 'undo' ? 'Undo' : 'Redo'}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={preview}
          onClick={() => setEditorUi({ preview: !preview, proposal: null })}
        >
          Preview
        </button>
        <button
          ref={dialogs.opener('add')}
          type="button"
          aria-haspopup="dialog"
          disabled={preview}
          onClick={() => dialogs.show('add')}
        >
          Add another article
        </button>
        <button
          ref={dialogs.opener('update')}
          type="button"
          aria-haspopup="dialog"
          disabled={preview || review !== null || textUpdate !== null}
          onClick={() => dialogs.show('update')}
        >
          Update article text
        </button>
        <button
          type="button"
          disabled={preview || review !== null || textUpdate !== null}
          title="Reads every article of the draft and proposes its events, one by one"
          onClick={() => void startSuggesting()}
        >
          Suggest events
        </button>
        <button
          ref={dialogs.opener('cast')}
          type="button"
          aria-haspopup="dialog"
          disabled={preview}
          onClick={() => dialogs.show('cast')}
        >
          Actors and sources
        </button>
        <button type="button" onClick={exportDataset}>
          Export dataset
        </button>
      </div>
      {problems.length > 0 && (
        <details className="editor-problems" id={problemsId}>
          <summary>
            {problems.length} problem{problems.length === 1 ? '' : 's'} the validator found
          </summary>
          <ul>
            {problems.slice(0, 20).map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>
                  <BidiText text={formatProblem(problem)} />
                </code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {save?.kind === 'unavailable' && (
        <div className="editor-alert" role="alert">
          <p>
            {save.message} Export the draft to keep your work: it can be opened again with “Open
            dataset…”.
          </p>
          <button type="button" onClick={exportDataset}>
            Export now
          </button>
        </div>
      )}
      {save?.kind === 'deleted' && (
        <div className="editor-alert" role="alert">
          <p>
            This draft was deleted in another tab. Nothing is saved, or brought back, until you
            choose: keep this tab’s version as a new draft, or close it.
          </p>
          <button type="button" onClick={keepCopy}>
            Keep my copy
          </button>
          <button
            type="button"
            onClick={() =>
              void openDataset(DEFAULT_DATASET_ID, (options) => datasetFromLink(null, options))
            }
          >
            Close
          </button>
        </div>
      )}
      {save?.kind === 'failed' && (
        <div className="editor-alert" role="alert">
          <p>{save.message}</p>
          <button type="button" onClick={exportDataset}>
            Export now
          </button>
        </div>
      )}
      {save?.kind === 'conflict' && (
        <div className="editor-alert" role="alert">
          <p>
            Another tab saved this draft (its version {save.theirs}; this tab has version{' '}
            {save.revision} with your latest changes). Nothing is overwritten until you choose.
          </p>
          <button type="button" onClick={() => void openDraft(draftId)}>
            Load the other tab’s version
          </button>
          <button
            type="button"
            onClick={() => {
              const current = useStore.getState().loaded?.dataset;
              if (current) void createDraft({ ...current, title: `${current.title} (copy)` });
            }}
          >
            Keep mine as a copy
          </button>
        </div>
      )}
      {refusal && (
        <div className="editor-alert" role="alert">
          <p>The draft cannot be exported yet. Fix these first:</p>
          <ul>
            {refusal.map((line) => (
              <li key={line}>
                <code>
                  <BidiText text={line} />
                </code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setRefusal(null)}>
            Dismiss
          </button>
        </div>
      )}
      {dialogs.open === 'add' && <AddArticleDialog onClose={dialogs.close} />}
      {dialogs.open === 'cast' && <CastDialog onClose={dialogs.close} />}
      {dialogs.open === 'update' && <UpdateTextDialog onClose={dialogs.close} />}
    </section>
  );
}
