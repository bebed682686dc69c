// "Export…": the whole dataset or the filtered view, in one of the export formats, as a download.
// Loaded on demand (default export), and the writers (with papaparse) only when it opens. The
// formats, their notes and file types come from the one table of writers (formats/writers/table.ts).
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

/** Fetches every writer's chunk (ignoring a failure: writing a file tries again). */
const loadWriters = () =>
  Promise.all(EXPORT_FORMATS.map((format) => WRITERS[format].load())).catch(() => undefined);

function eventCount(count: number): string {
  return `${count.toLocaleString('en')} event${count === 1 ? '' : 's'}`;
}

export default function ExportDialog({ onClose }: { onClose: () => void }) {
  const loaded = useStore((state) => state.loaded);
  const visible = useStore(selectVisibleEvents);
  const filters = useStore((state) => state.view.filters);
  const actorsById = useStore(selectActorsById);
  const notify = useStore((state) => state.notify);
  const id = useId();

  const filtered = hasActiveFilters(filters);
  const canFilter = filtered && visible.length > 0;
  const [scope, setScope] = useState<ExportScope>(canFilter ? 'filtered' : 'dataset');
  const [format, setFormat] = useState<ExportFormat>('sourceline');
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
  const fileName = exportFileName(loaded.dataset.id, chosenScope, WRITERS[format].extension);

  const download = async () => {
    setBusy(true);
    setError(null);
    try {
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
      setError(`The file could not be made (${detail}).`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal labelledBy={`${id}-heading`} className="share-dialog" onClose={onClose}>
      <h2 id={`${id}-heading`}>Export</h2>
      <fieldset>
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
        {EXPORT_FORMATS.map((option) => (
          <label className="choice" key={option}>
            <input
              type="radio"
              name={`${id}-format`}
              value={option}
              checked={format === option}
              onChange={() => setFormat(option)}
            />
            <span>
              {WRITERS[option].label} <span className="choice-note">— {WRITERS[option].note}</span>
            </span>
          </label>
        ))}
      </fieldset>
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
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
