// Opening another dataset from the page (picker, file, address or drop): validated first, so on
// failure the dataset on screen stays and the problems are listed.
import { DEFAULT_VIEW } from '../model/viewState';
import { DEFAULT_DATASET_ID, type LoadOutcome } from './datasetLoader';
import { useStore } from './store';

export async function openDataset(what: string, load: () => Promise<LoadOutcome>): Promise<void> {
  const store = useStore.getState();
  store.startLoading(what);
  const outcome = await load();
  if (!outcome.ok) {
    useStore.getState().failLoading(outcome.failure);
    return;
  }
  const { origin } = outcome;
  const dataset =
    origin.kind === 'url'
      ? origin.url
      : origin.kind === 'bundled' && origin.id !== DEFAULT_DATASET_ID
        ? origin.id
        : null;
  useStore.getState().showDataset(outcome.loaded, origin, { ...DEFAULT_VIEW, dataset });
  if (origin.kind === 'file') {
    useStore
      .getState()
      .notify(
        `Opened ${origin.name} from your computer. Links to this view open it only after you open the same file again.`,
      );
  }
}
