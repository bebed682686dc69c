// The words drawn inside an image of the view (model/viewImageWords.ts), in the interface's
// language: the image the app makes reads as the page it was made from.
import type { ImageWords } from '../model/viewImageWords';
import type { Translator } from './translator';

export function imageWords(translator: Translator): ImageWords {
  const { t, tag } = translator;
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    dir: translator.dir,
    separator: translator.separator,
    dates: translator.dates,
    timeline: translator.timeline,
    filters: translator.filterWords,
    number: translator.number,
    compact: (value) => compact.format(value),
    source: (title, publisher, author, published) =>
      t('export.image.source', { title, publisher, author, published }),
    sources: (first, more) => t('export.image.sources', { first, more }),
    window: (from, to) => t('date.range', { start: from, end: to }),
    inView: (count, kept, total) =>
      kept === null
        ? t('export.image.inView', { count })
        : t('export.image.inViewKept', { count, kept, total }),
    lanesBy: (group) =>
      t(group === 'actor' ? 'export.image.lanesByActor' : 'export.image.lanesByKind'),
    more: (count) => t('export.image.more', { count }),
    countTitle: (count, more) =>
      t(more ? 'export.image.moreTitle' : 'export.image.countTitle', { count }),
    noMatch: t('export.image.noMatch'),
    noneInWindow: t('export.image.noneInWindow'),
    period: (title, dates) => t('export.image.period', { title, dates }),
    moreKinds: (count) => t('export.image.moreKinds', { count }),
    morePeriods: (count) => t('export.image.morePeriods', { count }),
    legendDay: t('export.image.legendDay'),
    legendSpan: t('export.image.legendSpan'),
    legendApproximate: t('export.image.legendApproximate'),
    legendUncertain: t('export.image.legendUncertain'),
    legendCount: t('export.image.legendCount'),
    footer: (link) => (link ? t('export.image.footerLink', { link }) : t('export.image.footer')),
    heading: (title, window) => t('export.image.heading', { title, window }),
    description: (view, source) => t('export.image.description', { view, source }),
  };
}
