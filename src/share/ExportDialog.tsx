// "Export…": the whole dataset or the filtered view, in one of the export formats, as a download;
// or an image of the view (PNG or SVG), downloaded or copied. Loaded on demand (default export),
// and the writers (with papaparse) and the image builder only when it opens. The formats, their
// notes and file types come from the one table of writers (formats/writers/table.ts) and the
// image choices (viewImageFile.ts).
import { useEffect, useId, useMemo, useState } from 'react';
import { BidiText } from '../app/BidiText';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportDataset,
  WRITERS,
} from '../formats/writers/table';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { datasetToExport, type ExportScope, exportFileName } from '../model/exportedDataset';
import { hasActiveFilters } from '../model/filter';
import { describeFilters } from '../model/filterSummary';
import { selectActorsById, selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';
import { saveFile } from './download';
import { Modal } from './Modal';
import {
  clipboardImageProblem,
  clipboardRefusal,
  copyPng,
  IMAGE_CHOICES,
  IMAGE_FORMATS,
  type ImageFormat,
  loadImageBuilder,
  pngOf,
  viewImage,
} from './viewImageFile';

/** Fetches every writer's chunk and the image builder's (ignoring a failure: making a file tries again). */
const loadWriters = () =>
  Promise.all([
    ...EXPORT_FORMATS.map((format) => WRITERS[format].load()),
    loadImageBuilder(),
  ]).catch(() => undefined);

type Choice = ExportFormat | ImageFormat;
const isImage = (choice: Choice): choice is ImageFormat =>
  (IMAGE_FORMATS as readonly string[]).includes(choice);

/** What each format is for, beside its name (which stays as it is: a format's name). */
const NOTES: Record<ExportFormat, MessageKey> = {
  sourceline: 'export.noteSourceline',
  timelinejs: 'export.noteTimelinejs',
  csv: 'export.noteCsv',
  annotations: 'export.noteAnnotations',
};

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const translator = useTranslator();
  const { t } = translator;
  const eventCount = (count: number) => t('common.events', { count });
  const loaded = useStore((state) => state.loaded);
  const visible = useStore(selectVisibleEvents);
  const filters = useStore((state) => state.view.filters);
  const timeWindow = useStore((state) => state.view.window);
  const group = useStore((state) => state.view.group);
  const actorsById = useStore(selectActorsById);
  const notify = useStore((state) => state.notify);
  const id = useId();

  const filtered = hasActiveFilters(filters);
  const canFilter = filtered && visible.length > 0;
  const [scope, setScope] = useState<ExportScope>(canFilter ? 'filtered' : 'dataset');
  const [format, setFormat] = useState<Choice>('sourceline');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const filterWords = useMemo(
    () =>
      describeFilters(
        filters,
        (actorId) => actorsById.get(actorId)?.name,
        translator.filterWords,
      ).join(translator.separator),
    [filters, actorsById, translator.filterWords, translator.separator],
  );

  // The writers' chunks are fetched while the person chooses.
  useEffect(() => {
    loadWriters();
  }, []);

  if (!loaded) return null;
  const total = loaded.events.length;
  const chosenScope: ExportScope = canFilter ? scope : 'dataset';
  const image = isImage(format);
  const fileName = image
    ? `${loaded.dataset.id}-timeline${IMAGE_CHOICES[format].extension}`
    : exportFileName(loaded.dataset.id, chosenScope, WRITERS[format].extension);
  const makeImage = () =>
    viewImage(loaded, { filters, window: timeWindow, group }, visible, location.href, translator);

  const downloadImage = async (choice: ImageFormat) => {
    const made = await makeImage();
    const { mimeType } = IMAGE_CHOICES[choice];
    saveFile(choice === 'svg' ? made.svg : await pngOf(made), mimeType, fileName);
    notify(
      t(choice === 'png' ? 'export.imageDownloadedPng' : 'export.imageDownloaded', {
        file: fileName,
        width: made.width,
        height: made.height,
      }),
      'info',
      'action',
    );
    onClose();
  };

  const copyImage = async () => {
    const problem = clipboardImageProblem(t);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    setError(null);
    const made = makeImage();
    try {
      await copyPng(made.then(pngOf));
      const { width, height } = await made;
      notify(t('export.imageCopied', { width, height }), 'info', 'action');
      onClose();
    } catch (caught) {
      setError(clipboardRefusal(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      if (isImage(format)) {
        await downloadImage(format);
        return;
      }
      const result = datasetToExport(
        loaded,
        chosenScope,
        visible.map((resolved) => resolved.event.id),
      );
      if (!result.ok) {
        setError(result.message);
        return;
      }
      const file = await exportDataset(result.dataset, format);
      saveFile(file.text, file.mimeType, fileName);
      notify(
        t('export.downloaded', {
          file: fileName,
          count: result.dataset.events.length,
          format: WRITERS[format].label,
        }),
        'info',
        'action',
      );
      onClose();
    } catch (caught) {
      const detail = caught instanceof Error ? caught.message : String(caught);
      setError(t('export.failed', { detail }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-heading`} className="share-dialog" onClose={onClose}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <fieldset disabled={image}>
        <legend>{t('export.what')}</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={chosenScope === 'dataset'}
            onChange={() => setScope('dataset')}
          />
          <span>
            {t('export.whole')} <span className="choice-note">({eventCount(total)})</span>
          </span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={chosenScope === 'filtered'}
            disabled={!canFilter}
            onChange={() => setScope('filtered')}
          />
          <span>
            {t('export.filtered')}{' '}
            <span className="choice-note">
              {!filtered ? (
                t('export.noFilters')
              ) : visible.length === 0 ? (
                t('export.filtersShowNone')
              ) : (
                <BidiText
                  text={t('export.filteredCount', {
                    count: visible.length,
                    total,
                    filters: filterWords,
                  })}
                />
              )}
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {[...EXPORT_FORMATS, ...IMAGE_FORMATS].map((option) => (
          <label className="choice" key={option}>
            <input
              type="radio"
              name={`${id}-format`}
              value={option}
              checked={format === option}
              onChange={() => setFormat(option)}
            />
            <span>
              {isImage(option) ? t(IMAGE_CHOICES[option].label) : WRITERS[option].label}{' '}
              <span className="choice-note">
                — {isImage(option) ? t(IMAGE_CHOICES[option].note) : t(NOTES[option])}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {image && <p className="share-note">{t('export.imageNote')}</p>}
      <p className="share-file">
        <Message id="export.file" values={{ file: <code>{fileName}</code> }} />
      </p>
      {error && (
        <p className="share-error" role="alert">
          {error}
        </p>
      )}
      <div className="share-buttons">
        <button type="button" onClick={download} disabled={busy}>
          {busy ? t('export.preparing') : t('export.download')}
        </button>
        {image && (
          <button type="button" onClick={copyImage} disabled={busy}>
            {t('export.copyImage')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
