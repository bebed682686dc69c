// The baseline the benchmark compares the app with: the same dataset on a bare vis-timeline, no
// React, no store, no validation. Events become items in the simplest way; filters swap the items.
//   /bare/?dataset=<url>[&from=YYYY-MM-DD&to=YYYY-MM-DD]
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/peer';
import { type DataItem, Timeline } from 'vis-timeline/peer';

interface BareEvent {
  id: string;
  title: string;
  summary: string;
  date: { value: string };
  actors: Array<{ id: string }>;
  passages: Array<{ exact: string }>;
}

export interface BareApi {
  ready: boolean;
  error: string | null;
  /** Shows only the events of an actor (or all, with null). */
  filterActor: (id: string | null) => void;
  /** Shows only the events whose title, summary or passages contain the text. */
  search: (text: string) => void;
  itemCount: () => number;
  /** Times JSON.parse + the app's parseDataset on the dataset text, in this page. */
  timeParse: () => Promise<{ json: number; validate: number }>;
}

declare global {
  interface Window {
    __bare?: BareApi;
  }
}

/** `2019-03-04?` → `2019-03-04`; `2019-03~` → `2019-03-01`. */
function day(value: string): string {
  const plain = value.replace(/[~?%]/g, '');
  return plain.length === 7 ? `${plain}-01` : plain;
}

function toItem(event: BareEvent): DataItem {
  const [start = '', end] = event.date.value.split('/');
  const item: DataItem = { id: event.id, content: event.title, start: day(start) };
  if (end && end !== '..') {
    item.end = day(end);
    item.type = 'range';
  }
  return item;
}

async function main(api: BareApi): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const url = params.get('dataset');
  if (!url) throw new Error('no ?dataset=');
  const text = await (await fetch(url)).text();
  const dataset = JSON.parse(text) as { events: BareEvent[] };
  const events = dataset.events;
  const items = new DataSet<DataItem>(events.map(toItem));
  const container = document.getElementById('timeline');
  if (!container) throw new Error('no #timeline');
  const from = params.get('from');
  const to = params.get('to');
  const timeline = new Timeline(container, items, {
    // The app's timeline is as tall at most, and scrolls vertically beyond that.
    minHeight: 180,
    maxHeight: 460,
    verticalScroll: true,
    ...(from && to ? { start: from, end: to } : {}),
  });

  const show = (keep: (event: BareEvent) => boolean) => {
    items.clear();
    items.add(events.filter(keep).map(toItem));
  };
  api.filterActor = (id) =>
    show((event) => id === null || event.actors.some((actor) => actor.id === id));
  api.search = (query) => {
    const q = query.toLowerCase();
    show((event) =>
      `${event.title}\n${event.summary}\n${event.passages.map((p) => p.exact).join('\n')}`
        .toLowerCase()
        .includes(q),
    );
  };
  api.itemCount = () => items.length;
  api.timeParse = async () => {
    const { parseDataset } = await import('../../src/dataset/parse');
    const t0 = performance.now();
    const json: unknown = JSON.parse(text);
    const t1 = performance.now();
    const result = parseDataset(json, { anchors: 'repair' });
    const t2 = performance.now();
    if (!result.ok) throw new Error(`invalid dataset: ${result.problems[0]?.message ?? ''}`);
    return { json: t1 - t0, validate: t2 - t1 };
  };
  timeline.on('changed', () => {
    api.ready = true;
  });
}

const api: BareApi = {
  ready: false,
  error: null,
  filterActor: () => undefined,
  search: () => undefined,
  itemCount: () => 0,
  timeParse: () => Promise.reject(new Error('not loaded')),
};
window.__bare = api;
main(api).catch((error: unknown) => {
  api.error = error instanceof Error ? error.message : String(error);
});
