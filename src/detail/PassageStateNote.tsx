// What the details say of a passage that is not where its offsets put it (the article's text
// changed since): its state in words and, when its words changed, how (a word diff). Nothing for
// a passage at its offsets.

import { BidiText } from '../app/BidiText';
import { type ChangedFact, changedFacts } from '../dataset/changedFacts';
import { type Anchor, atItsOffsets, type PassageState } from '../dataset/passageState';
import type { Passage } from '../dataset/schema';
import { wordDiff } from '../dataset/wordDiff';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import type { Translator } from '../i18n/translator';
import { isolate } from '../model/bidi';
import { WordDiffText } from './WordDiffText';

/** Each state's name and what it means for the reader, in one place. */
export const STATE_NAMES: Readonly<Record<PassageState, MessageKey>> = {
  exact: 'passageState.exact',
  moved: 'passageState.moved',
  edited: 'passageState.edited',
  ambiguous: 'passageState.ambiguous',
  lost: 'passageState.lost',
};

const STATE_NOTES: Readonly<Record<PassageState, MessageKey>> = {
  exact: 'passageState.exactNote',
  moved: 'passageState.movedNote',
  edited: 'passageState.editedNote',
  ambiguous: 'passageState.ambiguousNote',
  lost: 'passageState.lostNote',
};

const FACT_NAMES: Readonly<Record<ChangedFact['kind'], MessageKey>> = {
  figure: 'passageState.factFigure',
  date: 'passageState.factDate',
  name: 'passageState.factName',
};

/** What a change of wording changes, in words: the kinds of fact ("a figure, a date") and each
 * change ("46 → 47", the article's words isolated), for a message's `facts` and `changes`. */
export function changedFactValues(
  facts: readonly ChangedFact[],
  { t, tag }: Pick<Translator, 't' | 'tag'>,
): { facts: string; changes: string } {
  const kinds = [...new Set(facts.map((fact) => fact.kind))].map((kind) => t(FACT_NAMES[kind]));
  return {
    facts: new Intl.ListFormat(tag, { type: 'unit', style: 'short' }).format(kinds),
    changes: facts
      .map((fact) => `${isolate(fact.before || '…')} → ${isolate(fact.after || '…')}`)
      .join(t('claims.separator')),
  };
}

export function PassageStateNote({
  anchor,
  passage,
  text,
}: {
  anchor: Anchor | undefined;
  passage: Passage;
  /** The source's text (undefined: the source is unknown). */
  text: string | undefined;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const state: PassageState = anchor?.state ?? 'lost';
  if (anchor && atItsOffsets(anchor, passage)) return null;
  const diff =
    state === 'edited' && anchor && text !== undefined
      ? wordDiff(passage.exact, text.slice(anchor.start, anchor.end))
      : null;
  const facts = diff ? changedFacts(diff) : [];
  return (
    <div className={`passage-state passage-state-${state}`}>
      <p>
        <span className="state-badge">{t(STATE_NAMES[state])}</span>{' '}
        <span className={state === 'exact' || state === 'moved' ? 'hint' : 'warning'}>
          {t(STATE_NOTES[state])}
        </span>
      </p>
      {diff && (
        <p className="passage-diff">
          <WordDiffText parts={diff} />
        </p>
      )}
      {facts.length > 0 && (
        <p className="warning">
          <BidiText text={t('passageState.changed', changedFactValues(facts, translator))} />
        </p>
      )}
    </div>
  );
}
