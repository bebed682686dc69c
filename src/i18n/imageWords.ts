// The words drawn inside an image of the view (model/viewImageWords.ts), in the interface's
// language: the image the app makes reads as the page it was made from.
import type { ImageWords } from '../model/viewImageWords';
import type { Translator } from './translator';

export function imageWords(translator: Translator): ImageWords {
  const { t, tag } = translator;
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    dir: translator.dir,
    dates: translator.dates,
    timeline: translator.timeline,
    filters: translator.filterWords,
    number: translator.number,
    compact: (value) => compact.format(value),
    source: (title, publisher, author, published) =>
      t('image.source', { title, publisher, author, published }),
    sources: (first, more) => t('image.sources', { first, more }),
    window: (from, to) => t('date.range', { start: from, end: to }),
    inView: (count, kept, total) =>
      kept === null ? t('image.inView', { count }) : t('image.inViewKept', { count, kept, total }),
    lanesBy: (group) => t(group === 'actor' ? 'image.lanesByActor' : 'image.lanesByKind'),
    more: (count) => t('image.more', { count }),
    countTitle: (count, more) => t(more ? 'image.moreTitle' : 'image.countTitle', { count }),
    noMatch: t('image.noMatch'),
    noneInWindow: t('image.noneInWindow'),
    period: (title, dates) => t('image.period', { title, dates }),
    moreKinds: (count) => t('image.moreKinds', { count }),
    morePeriods: (count) => t('image.morePeriods', { count }),
    legendDay: t('image.legendDay'),
    legendSpan: t('image.legendSpan'),
    legendApproximate: t('image.legendApproximate'),
    legendUncertain: t('image.legendUncertain'),
    legendCount: t('image.legendCount'),
    footer: (link) => (link ? t('image.footerLink', { link }) : t('image.footer')),
    heading: (title, window) => t('image.heading', { title, window }),
    description: (view, source) => t('image.description', { view, source }),
  };
}
