// "Add another article" to the open draft: its events may then quote it too.
import { useId, useState } from 'react';
import { checkNewTimeline, type FieldProblem, newDraft } from '../authoring/newTimeline';
import { uniqueId } from '../authoring/uniqueId';
import { addSource } from '../dataset/commandBuilders';
import { useTranslator } from '../i18n/I18nProvider';
import { Modal } from '../share/Modal';
import { useStore } from '../state/store';
import { EMPTY_SOURCE, SourceFields } from './SourceFields';

export function AddArticleDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslator();
  const headingId = useId();
  const [source, setSource] = useState(EMPTY_SOURCE);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const add = () => {
    const found = checkNewTimeline({ title: 'x', sources: [source] });
    setProblems(found);
    if (found.length > 0) return;
    const store = useStore.getState();
    const dataset = store.loaded?.dataset;
    if (!dataset) return;
    const [made] = newDraft({ title: dataset.title, sources: [source] }).sources;
    if (!made) return;
    let id = '';
    store.dispatch((latest) => {
      id = uniqueId(made.title, 'article', new Set(latest.sources.map((s) => s.id)));
      return addSource(latest, { ...made, id });
    });
    store.setReaderSource(id);
    onClose();
  };

  return (
    <Modal labelledBy={headingId} className="new-timeline" onClose={onClose}>
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <h2 id={headingId}>{t('editor.addArticle')}</h2>
        <SourceFields prefix="sources[0]" value={source} problems={problems} onChange={setSource} />
        <div className="dialog-actions">
          <button type="submit">{t('editor.addTheArticle')}</button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
