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
const choiceOf = (choice: Choice) => (isImage(choice) ? IMAGE_CHOICES[choice] : WRITERS[choice]);

function eventCount(count: number): string {
  return `${count.toLocaleString('en')} event${count === 1 ? '' : 's'}`;
}

export default function ExportDialog({ onClose }: { onClose: () => void }) {
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
    () => describeFilters(filters, (actorId) => actorsById.get(actorId)?.name).join(' · '),
    [filters, actorsById],
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
    viewImage(loaded, { filters, window: timeWindow, group }, visible, location.href);

  const downloadImage = async (choice: ImageFormat) => {
    const made = await makeImage();
    const { mimeType } = IMAGE_CHOICES[choice];
    saveFile(choice === 'svg' ? made.svg : await pngOf(made), mimeType, fileName);
    notify(
      `Downloaded ${fileName}: an image of the timeline, ${made.width} × ${made.height}${choice === 'png' ? ' (drawn at twice that)' : ''}.`,
      'info',
      'action',
    );
    onClose();
  };

  const copyImage = async () => {
    const problem = clipboardImageProblem();
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
      notify(
        `Copied an image of the timeline (${width} × ${height}) to the clipboard.`,
        'info',
        'action',
      );
      onClose();
    } catch (caught) {
      setError(clipboardRefusal(caught));
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
        `Downloaded ${fileName}: ${eventCount(result.dataset.events.length)} as ${WRITERS[format].label}.`,
        'info',
        'action',
      );
      onClose();
    } catch (caught) {
      const detail = caught instanceof Error ? caught.message : String(caught);
      setError(`The file could not be made (${detail || 'no reason given'}).`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-heading`} className="share-dialog" onClose={onClose}>
      <h2 id={`${id}-heading`}>Export</h2>
      <fieldset disabled={image}>
        <legend>What</legend>
        <label className="choice">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={chosenScope === 'dataset'}
            onChange={() => setScope('dataset')}
          />
          <span>
            The whole dataset <span className="choice-note">({eventCount(total)})</span>
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
            The filtered view{' '}
            <span className="choice-note">
              {!filtered ? (
                '(no filters are on)'
              ) : visible.length === 0 ? (
                '(the filters show no events)'
              ) : (
                <BidiText
                  text={`(${visible.length.toLocaleString('en')} of ${eventCount(total)}: ${filterWords})`}
                />
              )}
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Format</legend>
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
              {choiceOf(option).label}{' '}
              <span className="choice-note">— {choiceOf(option).note}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {image && (
        <p className="share-note">
          The image shows the timeline as it is now: its time window, its filters, its lanes and its
          legend, under the dataset’s title and source.
        </p>
      )}
      <p className="share-file">
        File: <code>{fileName}</code>
      </p>
      {error && (
        <p className="share-error" role="alert">
          {error}
        </p>
      )}
      <div className="share-buttons">
        <button type="button" onClick={download} disabled={busy}>
          {busy ? 'Preparing…' : 'Download'}
        </button>
        {image && (
          <button type="button" onClick={copyImage} disabled={busy}>
            Copy image
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
