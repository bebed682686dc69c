// What a printout shows: every event the filters keep, in date order, with its date in words, its
// summary, actors and every quoted passage with its attribution; the periods and sources first.
// The screen's panels (a page of the list, one event's details, the timeline's canvas) can't
// print that, so this list is rendered only for printing (on `beforeprint`, and when the print
// media query starts to match, as for a PDF saved headless) and dropped afterwards: a large
// dataset costs nothing on screen. Hidden on screen by print.css, which hides the rest in print.

import { BidiText } from '../app/BidiText';
import { parseIsoDay } from '../dataset/calendar';
import { type DateFormatter, formatDayLong, formatEventDate } from '../dataset/formatDate';
import type { Source } from '../dataset/schema';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { describeFilters } from '../model/filterSummary';
import { textLanguage } from '../model/locale';
import { selectActorsById, selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

function publishedWords(source: Source, dates: DateFormatter): string {
  const day = parseIsoDay(source.published);
  return day === null ? source.published : formatDayLong(day, dates);
}

export function PrintedEvents() {
  const translator = useTranslator();
  const { t, dates } = translator;
  const loaded = useStore((state) => state.loaded);
  const visible = useStore(selectVisibleEvents);
  const filters = useStore((state) => state.view.filters);
  const actorsById = useStore(selectActorsById);
  if (!loaded) return null;
  const { dataset, periods } = loaded;
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const dataLanguage = textLanguage(dataset.lang);
  const filterWords = describeFilters(
    filters,
    (id) => actorsById.get(id)?.name,
    translator.filterWords,
  );
  const total = loaded.events.length;

  return (
    <div className="print-view">
      <h1 {...dataLanguage}>{dataset.title}</h1>
      {dataset.description && <p>{dataset.description}</p>}
      <p className="print-scope">
        <BidiText
          text={
            filterWords.length > 0
              ? t('print.someEvents', {
                  count: visible.length,
                  total,
                  filters: filterWords.join('; '),
                })
              : t('print.allEvents', { total })
          }
        />{' '}
        {t('print.from', { url: window.location.href })}
      </p>
      <h2>{t('header.sources')}</h2>
      <ul className="print-sources">
        {dataset.sources.map((source) => (
          <li key={source.id}>
            <cite>{source.title}</cite> —{' '}
            {t('header.sourceLine', {
              publisher: source.publisher,
              author: source.author,
              published: publishedWords(source, dates),
            })}
            {source.url && <>. {source.url}</>}
            {source.attribution && <span className="attribution"> {source.attribution}</span>}
          </li>
        ))}
      </ul>
      {periods.length > 0 && (
        <>
          <h2>{t('timeline.periods')}</h2>
          <ul className="print-periods">
            {periods.map(({ period, date }) => (
              <li key={period.id}>
                {period.title}: {formatEventDate(date, dates)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('list.heading')}</h2>
      {visible.length === 0 && <p>{t('timeline.noMatch')}</p>}
      <ol className="print-events">
        {visible.map(({ event, date }) => (
          <li key={event.id} className="print-event">
            <p className="print-date">
              <time dateTime={date.value}>{formatEventDate(date, dates)}</time>
              {event.date.expression && (
                <>
                  {' — '}
                  <Message
                    id="print.articleWords"
                    values={{
                      words: (
                        <span
                          {...textLanguage(
                            sources.get(event.passages[0]?.source ?? '')?.lang ?? dataset.lang,
                          )}
                        >
                          {event.date.expression}
                        </span>
                      ),
                    }}
                  />
                </>
              )}
            </p>
            <h3 {...dataLanguage}>{event.title}</h3>
            <p className="print-facts">
              {translator.kindName(event.kind)}
              {event.location && (
                <>
                  {translator.separator}
                  <span {...dataLanguage}>{event.location.name}</span>
                </>
              )}
              {event.actors.length > 0 && (
                <>
                  {translator.separator}
                  <span {...dataLanguage}>
                    {event.actors
                      .map((ref) => `${actorsById.get(ref.id)?.name ?? ref.id} (${ref.role})`)
                      .join(', ')}
                  </span>
                </>
              )}
            </p>
            {event.summary && <p {...dataLanguage}>{event.summary}</p>}
            {event.date.note && (
              <p className="print-note">
                <Message
                  id="print.dateNote"
                  values={{ note: <span {...dataLanguage}>{event.date.note}</span> }}
                />
              </p>
            )}
            {event.passages.map((passage) => {
              const source = sources.get(passage.source);
              return (
                <figure key={`${passage.source}-${passage.start}-${passage.end}`}>
                  <blockquote {...textLanguage(source?.lang ?? dataset.lang)}>
                    {passage.exact}
                  </blockquote>
                  <figcaption>
                    — <cite>{source?.title ?? passage.source}</cite>
                    {source && <>, {source.publisher}</>}
                  </figcaption>
                </figure>
              );
            })}
            {event.media && (
              <p className="print-note">
                {t('print.media')} {event.media.caption ? `${event.media.caption} ` : ''}
                {event.media.credit ? `(${event.media.credit}) ` : ''}
                {event.media.url}
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
