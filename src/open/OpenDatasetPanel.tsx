import { type FormEvent, useId, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { CREDENTIALS_REFUSED, datasetUrlProblem } from '../model/urlCodec';
import { BUNDLED_DATASETS, datasetFromFile, datasetFromLink } from '../state/datasetLoader';
import { openDataset } from '../state/openDataset';
import { useStore } from '../state/store';

/** Open a bundled dataset, a file from this computer, or a dataset at an address. */
export default function OpenDatasetPanel({ onDone }: { onDone: () => void }) {
  const { t } = useTranslator();
  const origin = useStore((state) => state.origin);
  const current = origin?.kind === 'bundled' ? origin.id : '';
  const [bundled, setBundled] = useState(current || ([...BUNDLED_DATASETS.keys()][0] ?? ''));
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);
  const id = useId();

  const openBundled = (e: FormEvent) => {
    e.preventDefault();
    onDone();
    void openDataset(`${bundled}.json`, (options) => datasetFromLink(bundled, options));
  };
  const openAddress = (e: FormEvent) => {
    e.preventDefault();
    const url = address.trim();
    const problem = datasetUrlProblem(url);
    if (problem !== null) {
      setAddressError(
        problem === CREDENTIALS_REFUSED ? t('open.credentials') : t('open.badAddress'),
      );
      return;
    }
    setAddressError(null);
    onDone();
    void openDataset(url, (options) => datasetFromLink(url, options));
  };
  const openFile = (file: File | undefined) => {
    if (!file) return;
    onDone();
    void openDataset(file.name, (options) => datasetFromFile(file, options));
  };

  return (
    <section className="open-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('open.heading')}</h2>
      <form onSubmit={openBundled} className="open-row">
        <label htmlFor={`${id}-bundled`}>{t('open.bundled')}</label>
        <select id={`${id}-bundled`} value={bundled} onChange={(e) => setBundled(e.target.value)}>
          {[...BUNDLED_DATASETS.keys()].map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <button type="submit">{t('open.openBundled')}</button>
      </form>
      <div className="open-row">
        <label htmlFor={`${id}-file`}>{t('open.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => openFile(e.target.files?.[0])}
        />
      </div>
      <form onSubmit={openAddress} className="open-row" noValidate>
        <label htmlFor={`${id}-url`}>{t('open.address')}</label>
        <input
          id={`${id}-url`}
          type="url"
          value={address}
          placeholder="https://example.org/timeline.json"
          onChange={(e) => setAddress(e.target.value)}
          aria-describedby={addressError ? `${id}-url-error` : undefined}
          aria-invalid={addressError ? true : undefined}
        />
        <button type="submit">{t('open.openAddress')}</button>
        {addressError && (
          <span id={`${id}-url-error`} className="warning">
            {addressError}
          </span>
        )}
      </form>
      <p className="hint">{t('open.hint')}</p>
    </section>
  );
}
