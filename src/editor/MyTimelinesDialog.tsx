// "My timelines": the drafts kept in this browser, to open, duplicate or delete (with undo).
import { useCallback, useEffect, useId, useState } from 'react';
import type { DraftRecord, DraftSummary } from '../drafts/draftStore';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { Modal } from '../share/Modal';
import { useStore } from '../state/store';
import { draftFailureWords } from './draftFailureWords';
import { foreignFrameWords, inForeignFrame } from './framingGuard';
import { createDraft, draftStore, newDraftId, openDraft } from './session';
import { announce, TAB } from './tabs';
import './editor.css';

const when = (at: number, locale: string) =>
  new Date(at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });

export default function MyTimelinesDialog({ onClose }: { onClose: () => void }) {
  const { t, tag } = useTranslator();
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
      setFailure(draftFailureWords(error, t));
    }
  }, [t]);
  useEffect(() => {
    if (!foreign) void refresh();
  }, [refresh, foreign]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      setFailure(draftFailureWords(error, t));
    }
  };

  return (
    <Modal labelledBy={headingId} className="my-timelines" onClose={onClose}>
      <h2 id={headingId}>{t('editor.myTimelines')}</h2>
      {foreign ? (
        <p>{foreignFrameWords()}</p>
      ) : (
        <>
          <p className="field-hint">{t('editor.draftsHint')}</p>
          {failure && (
            <p className="field-problem" role="alert">
              {failure}
            </p>
          )}
          {deleted && (
            <p className="deleted-note" role="status">
              <Message id="editor.draftDeleted" values={{ title: <bdi>{deleted.title}</bdi> }} />{' '}
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
                      setRestoredNote(t('editor.draftBackAsCopy', { title: deleted.title }));
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
                {t('editor.undo')}
              </button>
            </p>
          )}
          {restoredNote && (
            <p className="deleted-note" role="status">
              <bdi>{restoredNote}</bdi>
            </p>
          )}
          {drafts === null ? (
            <p>{t('editor.readingDrafts')}</p>
          ) : drafts.length === 0 ? (
            <p>{t('editor.noDrafts')}</p>
          ) : (
            <ul className="draft-list" aria-label={t('editor.drafts')}>
              {drafts.map((draft) => (
                <li key={draft.id}>
                  <div>
                    <strong>
                      <bdi>{draft.title}</bdi>
                    </strong>
                    {draft.id === openId && (
                      <span className="field-hint"> {t('editor.draftOpen')}</span>
                    )}
                    <div className="field-hint">
                      {t('editor.draftLine', {
                        count: draft.events,
                        saved: when(draft.savedAt, tag),
                      })}
                    </div>
                  </div>
                  <div className="draft-actions">
                    <button
                      type="button"
                      aria-label={t('editor.openDraft', { title: draft.title })}
                      onClick={() =>
                        act(async () => {
                          await openDraft(draft.id);
                          onClose();
                        })
                      }
                    >
                      {t('editor.open')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('editor.duplicateDraft', { title: draft.title })}
                      onClick={() =>
                        act(async () => {
                          const record = await (await draftStore()).load(draft.id);
                          if (!record) return;
                          await createDraft({
                            ...record.dataset,
                            title: t('editor.copyTitle', { title: record.dataset.title }),
                          });
                          onClose();
                        })
                      }
                    >
                      {t('editor.duplicate')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('editor.deleteDraft', { title: draft.title })}
                      disabled={draft.id === openId}
                      title={draft.id === openId ? t('editor.deleteOpenFirst') : undefined}
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
                      {t('editor.delete')}
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
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
