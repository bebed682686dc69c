// "Update article text": the new version of one article of the draft, pasted or read from a file;
// its passages are then re-anchored in it and reviewed in the details' place (TextUpdateReview).
import { useId, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { Modal } from '../share/Modal';
import { useStore } from '../state/store';
import { readArticleFile } from './SourceFields';
import { startTextUpdate } from './textUpdate';

export function UpdateTextDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslator();
  const headingId = useId();
  const textId = useId();
  const sources = useStore((state) => state.loaded?.dataset.sources ?? []);
  const readerSource = useStore((state) => state.readerSourceId);
  const [sourceId, setSourceId] = useState(
    sources.find((s) => s.id === readerSource)?.id ?? sources[0]?.id ?? '',
  );
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const review = () => {
    const current = sources.find((s) => s.id === sourceId);
    if (!current) return;
    if (text.trim() === '') return setProblem(t('editor.reanchor.empty'));
    if (text === current.text) return setProblem(t('editor.reanchor.same'));
    startTextUpdate(sourceId, text);
    onClose();
  };

  return (
    <Modal labelledBy={headingId} className="new-timeline update-text" onClose={onClose}>
      <form
        method="dialog"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          review();
        }}
      >
        <h2 id={headingId}>{t('editor.reanchor.heading')}</h2>
        <p className="field-hint">{t('editor.reanchor.intro')}</p>
        {sources.length > 1 && (
          <div className="form-field">
            <label htmlFor={`${textId}-source`}>{t('editor.reanchor.article')}</label>
            <select
              id={`${textId}-source`}
              value={sourceId}
              onChange={(event) => setSourceId(event.target.value)}
            >
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="form-field">
          <label htmlFor={textId}>{t('editor.reanchor.text')}</label>
          <textarea
            id={textId}
            rows={10}
            value={text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${textId}-note` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem(null);
            }}
          />
          {problem && (
            <p id={`${textId}-note`} className="field-problem" role="alert">
              {problem}
            </p>
          )}
          <label className="file-choice">
            {t('editor.reanchor.file')}
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) {
                  void readArticleFile(file).then((read) => {
                    setText(read);
                    setProblem(null);
                  });
                }
              }}
            />
          </label>
        </div>
        <div className="dialog-actions">
          <button type="submit">{t('editor.reanchor.review')}</button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
