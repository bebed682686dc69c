// Asks the suggestions worker for a draft's suggested events (one request at a time: a newer one
// makes the older one's answer go unheard).
import type { Dataset } from '../dataset/schema';
import { activeTranslator } from '../i18n/active';
import { datesProposedIn } from '../model/locale';
import type { SuggestedEvent } from '../state/types';
import type { SuggestRequest } from './suggest.worker';

let worker: Worker | null = null;
let nextId = 1;

/**
 * The sources whose words the suggestions can read: English ones (or whose language is not said).
 * Others get no suggestions rather than wrong dates.
 */
export function suggestableSources(dataset: Dataset): Dataset['sources'] {
  return dataset.sources.filter((source) => datesProposedIn(source.lang ?? dataset.lang));
}

/**
 * Every source of `dataset` the suggestions can read (suggestableSources), leaving out the words
 * events already quote.
 */
export function suggestOffThread(dataset: Dataset): Promise<SuggestedEvent[]> {
  worker ??= new Worker(new URL('./suggest.worker.ts', import.meta.url), { type: 'module' });
  const running = worker;
  const id = nextId++;
  const quoted: SuggestRequest['quoted'] = {};
  for (const event of dataset.events) {
    for (const { source, start, end } of event.passages) {
      quoted[source] = [...(quoted[source] ?? []), { start, end }];
    }
  }
  const request: SuggestRequest = {
    id,
    sources: suggestableSources(dataset).map(({ id: sourceId, text, published }) => ({
      id: sourceId,
      text,
      published,
    })),
    actors: dataset.actors,
    quoted,
  };
  return new Promise((resolve, reject) => {
    const onMessage = (
      event: MessageEvent<{ id: number; suggestions?: SuggestedEvent[]; error?: string }>,
    ) => {
      if (event.data.id !== id) return;
      running.removeEventListener('message', onMessage);
      if (event.data.suggestions) resolve(event.data.suggestions);
      else {
        const why = event.data.error ?? activeTranslator().t('editor.suggestNoReason');
        reject(new Error(why));
      }
    };
    running.addEventListener('message', onMessage);
    running.postMessage(request);
  });
}
