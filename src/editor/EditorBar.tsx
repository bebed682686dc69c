// The editor's bar above the timeline: where saving stands (and what to do when it failed or
// another tab saved), undo and redo, preview, another article, and exporting the dataset, which
// is refused, saying what to fix, while the validator finds problems.
import { useEffect, useId, useState } from 'react';
import { ProblemText } from '../app/ProblemText';
import { useDialogs } from '../app/useDialogs';
import { parseDataset } from '../dataset/parse';
import type { Problem } from '../dataset/problem';
import { useTranslator } from '../i18n/I18nProvider';
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

const timeWords = (at: number, locale: string) =>
  new Date(at).toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

function exportName(id: string): string {
  return `${id}.json`;
}

export function EditorBar({ draftId }: { draftId: string }) {
  const { t, tag, separator } = useTranslator();
  const save = useStore((state) => state.editor.save);
  const preview = useStore((state) => state.editor.preview);
  const problems = useStore((state) => state.editor.problems);
  const editsPending = useStore((state) => state.editsPending);
  const review = useStore((state) => state.editor.review);
  const textUpdate = useStore((state) => state.editor.textUpdate);
  useStore((state) => state.history);
  const loaded = useStore((state) => state.loaded);
  const setEditorUi = useStore((state) => state.setEditorUi);
  const [refusal, setRefusal] = useState<Problem[] | null>(null);
  const dialogs = useDialogs<'add' | 'cast' | 'update'>();
  const problemsId = useId();

  // Live validation, off the main thread: the same rules as `npm run validate`. Not while text
  // waits in a field: the draft's text is made and sent to the worker in tasks of the page's
  // thread, which a person typing into a large draft would wait for between keys; a check under
  // way when typing starts is dropped before its text is sent, and runs again once typing pauses
  // (the edit applied).
  const dataset = loaded?.dataset;
  useEffect(() => {
    if (!dataset || editsPending) return;
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
  }, [dataset, editsPending, setEditorUi]);

  const exportDataset = () => {
    const current = useStore.getState().loaded?.dataset;
    if (!current) return;
    const checked = parseDataset(current, { anchors: 'strict' });
    if (!checked.ok) {
      setRefusal(checked.problems.slice(0, 20));
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
        return t('editor.statusDraft');
      case 'saving':
        return t('editor.statusSaving');
      case 'saved':
        // Text still waiting in a field is not saved yet, whatever was saved before it.
        return editsPending
          ? t('editor.statusSaving')
          : t('editor.statusSaved', { time: timeWords(save.at, tag) });
      case 'failed':
        return t('editor.statusNotSaved');
      case 'conflict':
        return t('editor.statusConflict');
      case 'deleted':
        return t('editor.statusDeleted');
      case 'unavailable':
        return t('editor.statusUnavailable');
    }
  })();
  const keepCopy = () => {
    const { loaded, history: now } = useStore.getState();
    if (loaded) void createDraft({ ...loaded.dataset, title: loaded.dataset.title }, now);
  };

  return (
    <section className="editor-bar" aria-label={t('editor.bar')}>
      <p className="editor-status" role="status">
        <strong>{t('editor.editing')}</strong>
        {separator}
        {status}
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
            {action.id === 'undo' ? t('editor.undo') : t('editor.redo')}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={preview}
          onClick={() => setEditorUi({ preview: !preview, proposal: null })}
        >
          {t('editor.preview')}
        </button>
        <button
          ref={dialogs.opener('add')}
          type="button"
          aria-haspopup="dialog"
          disabled={preview}
          onClick={() => dialogs.show('add')}
        >
          {t('editor.addArticle')}
        </button>
        <button
          ref={dialogs.opener('update')}
          type="button"
          aria-haspopup="dialog"
          disabled={preview || review !== null || textUpdate !== null}
          onClick={() => dialogs.show('update')}
        >
          {t('editor.reanchor.heading')}
        </button>
        <button
          type="button"
          disabled={preview || review !== null || textUpdate !== null}
          title={t('editor.suggestTitle')}
          onClick={() => void startSuggesting()}
        >
          {t('editor.suggest')}
        </button>
        <button
          ref={dialogs.opener('cast')}
          type="button"
          aria-haspopup="dialog"
          disabled={preview}
          onClick={() => dialogs.show('cast')}
        >
          {t('editor.cast')}
        </button>
        <button type="button" onClick={exportDataset}>
          {t('editor.export')}
        </button>
      </div>
      {problems.length > 0 && (
        <details className="editor-problems" id={problemsId}>
          <summary>{t('editor.problems', { count: problems.length })}</summary>
          <ul>
            {problems.slice(0, 20).map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>
                  <ProblemText problem={problem} />
                </code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {save?.kind === 'unavailable' && (
        <div className="editor-alert" role="alert">
          <p>
            {save.message} {t('editor.unavailableExport')}
          </p>
          <button type="button" onClick={exportDataset}>
            {t('editor.exportNow')}
          </button>
        </div>
      )}
      {save?.kind === 'deleted' && (
        <div className="editor-alert" role="alert">
          <p>{t('editor.deletedAlert')}</p>
          <button type="button" onClick={keepCopy}>
            {t('editor.keepMyCopy')}
          </button>
          <button
            type="button"
            onClick={() =>
              void openDataset(DEFAULT_DATASET_ID, (options) => datasetFromLink(null, options))
            }
          >
            {t('common.close')}
          </button>
        </div>
      )}
      {save?.kind === 'failed' && (
        <div className="editor-alert" role="alert">
          <p>{save.message}</p>
          <button type="button" onClick={exportDataset}>
            {t('editor.exportNow')}
          </button>
        </div>
      )}
      {save?.kind === 'conflict' && (
        <div className="editor-alert" role="alert">
          <p>{t('editor.conflictAlert', { theirs: save.theirs, ours: save.revision })}</p>
          <button type="button" onClick={() => void openDraft(draftId)}>
            {t('editor.loadTheirs')}
          </button>
          <button
            type="button"
            onClick={() => {
              const current = useStore.getState().loaded?.dataset;
              if (current) {
                void createDraft({
                  ...current,
                  title: t('editor.copyTitle', { title: current.title }),
                });
              }
            }}
          >
            {t('editor.keepMineAsCopy')}
          </button>
        </div>
      )}
      {refusal && (
        <div className="editor-alert" role="alert">
          <p>{t('editor.exportRefused')}</p>
          <ul>
            {refusal.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                <code>
                  <ProblemText problem={problem} />
                </code>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setRefusal(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {dialogs.open === 'add' && <AddArticleDialog onClose={dialogs.close} />}
      {dialogs.open === 'cast' && <CastDialog onClose={dialogs.close} />}
      {dialogs.open === 'update' && <UpdateTextDialog onClose={dialogs.close} />}
    </section>
  );
}
