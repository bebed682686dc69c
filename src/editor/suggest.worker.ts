// Works out suggested events off the page's thread (src/authoring/suggest.ts): a long article's
// sentences, dates and references are read here, so the page never stalls.
import { type SuggestOptions, suggestEvents } from '../authoring/suggest';
import type { Actor } from '../dataset/schema';

export interface SuggestRequest {
  id: number;
  sources: Array<{ id: string; text: string; published: string }>;
  actors: Actor[];
  /** Per source, the ranges events already quote. */
  quoted: Record<string, Array<{ start: number; end: number }>>;
}

self.onmessage = (event: MessageEvent<SuggestRequest>) => {
  const { id, sources, actors, quoted } = event.data;
  try {
    const suggestions = sources.flatMap((source) => {
      const options: SuggestOptions = { actors, quoted: quoted[source.id] ?? [] };
      return suggestEvents(source.text, source.published, options).map((suggestion) => ({
        ...suggestion,
        sourceId: source.id,
      }));
    });
    self.postMessage({ id, suggestions });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
