// Which year a date without one ("Nov. 13", "in April", "Thanksgiving") is in: the sentence says.
//
// - A future tense ("will redeem … on Oct. 31", "is expected on", "due to", "scheduled") or words
//   that await it ("ahead of Sunday's vote") → the first such date on or after publication; but a
//   possessive date under a future verb names an event the verb acts on ("would look for ways
//   around Wednesday's ruling"): nearest.
// - A simple past ("was killed on Oct. 23", "had ruled") → the latest on or before publication,
//   unless an infinitive stands between ("subpoenaed him to testify on Feb. 10": nearest).
// - Otherwise the reading nearest to publication, either side (a day ahead counting as one and a
//   half behind, since news tells more of what has happened than of what will): a present tense ("takes effect
//   Nov. 13", "Congress reconvenes Jan. 24"), a present perfect ("has invited them to a ceremony
//   on March 12": the inviting is past, not the ceremony), no verb at all, a date that is a
//   noun's modifier with no past verb within a few words ("by setting a Jan. 14 return date, the
//   agency allowed…": the clause's verb does not date it; "a Good Friday service was held" does), or a cue word that looks ahead next to the date (deadline, effective, due, scheduled,
//   expires, until, by), which outweighs a past verb that only reports it ("gave no reason for the
//   Jan. 14 deadline").
// A date's own "until", "by" or "before" makes it a boundary, which may lie ahead of a past event
// ("the strike ended days before Christmas", in a paper of December 20): nearest, unless a past
// perfect puts it behind ("By March 6 the family had left").
// The reading on the other side is always offered as an alternative (dateProposals.ts).
import type { TenseReading } from './tense';

export type Lean = 'back' | 'forward' | 'nearest';

/** In "nearest", a day ahead of publication weighs this much more than one behind. */
export const AHEAD_WEIGHT = 1.5;

export interface LeanReading {
  lean: Lean;
  /** Why, as a clause for the proposal's note. */
  why: string;
}

/** Words that look ahead when they stand next to a date. */
const AHEAD =
  /^(?:deadlines?|effective|due|scheduled|slated|expires?|expiring|expiry|takes?\s+effect|target|targeted|set\s+for|until|till|by|no\s+later\s+than|pending)$/i;
/** A delay, whose "until" names a day ahead of it. */
const POSTPONED =
  /\b(postponed|postpones?|delayed|delays?|deferred|defers?|adjourned|put\s+off|pushed\s+back|extended|extends?)\b[^.;!?]{0,40}$/i;
/** An infinitive before the date in its clause: "to testify before the committee on". */
const INFINITIVE =
  /\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|be|been|death|power|prison|jail|court|office|hospital)\b)([a-z]+)\b[^.;:!?,]{0,45}$/;
/** Words before a date that await it. */
const AWAITED =
  /\b(ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|in\s+advance\s+of)\s+(?:the\s+|this\s+)?$/i;
/** How many words either side a looking-ahead word may stand from the date. */
const AHEAD_REACH = 3;
const DETERMINER = /\b(?:a|an|the|its|his|her|their|our|this|that|last|next)\s+$/i;
const NOUN_AFTER = /^\s+([a-z][a-z-]+)/;
/** Words after a date that are no noun it modifies. */
const NOT_A_NOUN = new Set([
  'and',
  'or',
  'to',
  'through',
  'until',
  'till',
  'at',
  'in',
  'on',
  'by',
  'for',
  'from',
  'of',
  'with',
  'when',
  'as',
  'after',
  'before',
  'that',
  'which',
  'who',
  'the',
  'a',
  'an',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
]);

function wordsAround(text: string, start: number, end: number, reach: number): string[] {
  const before = text.slice(Math.max(0, start - 80), start).match(/[A-Za-z]+/g) ?? [];
  const after = text.slice(end, end + 80).match(/[A-Za-z]+/g) ?? [];
  const near = [...before.slice(-reach), ...after.slice(0, reach)];
  // Two-word cues ("takes effect", "set for", "no later than").
  const pairs: string[] = [];
  for (const side of [before.slice(-reach - 1), after.slice(0, reach + 1)])
    for (let i = 0; i + 1 < side.length; i++) pairs.push(`${side[i]} ${side[i + 1]}`);
  return [...near, ...pairs];
}

/** A date standing as a noun's modifier: "a Jan. 14 deadline", "the Oct. 8 bombing". */
function quote(words: string): string {
  return `“${words}”`;
}

export function isModifier(text: string, start: number, end: number): boolean {
  if (!DETERMINER.test(text.slice(Math.max(0, start - 12), start))) return false;
  const noun = NOUN_AFTER.exec(text.slice(end, end + 40))?.[1];
  return noun !== undefined && !NOT_A_NOUN.has(noun.toLowerCase());
}

/**
 * The lean of a date without a year in text.slice(start, end), given the tense of its clause
 * (tense.ts). See the module header.
 */
export function leanOf(text: string, start: number, end: number, tense: TenseReading): LeanReading {
  // The date's own "until", "by" ("until March 6"), unless a past perfect puts it behind.
  const own = tense.pluperfect
    ? undefined
    : /^(until|till|by|before)\s/i.exec(text.slice(start, end))?.[1];
  const ahead = own ?? wordsAround(text, start, end, AHEAD_REACH).find((w) => AHEAD.test(w));
  // "ahead of Sunday's vote", "on the eve of the Jan. 9 election": what is awaited.
  const awaited = AWAITED.exec(text.slice(Math.max(0, start - 30), start));
  if (awaited) return { lean: 'forward', why: `“${awaited[1]}” looks ahead` };
  // "would look for ways around Wednesday's ruling": a possessive date names an event the
  // future verb acts on, not the verb's time.
  const possessive = /['’]s$/.test(text.slice(start, end));
  if (tense.tense === 'future' && possessive)
    return {
      lean: 'nearest',
      why: `A named event (${quote(text.slice(start, end))}), whatever the tense`,
    };
  if (tense.tense === 'future')
    return { lean: 'forward', why: `Future tense (“${tense.cue ?? ''}”)` };
  // "postponed until Tuesday", "delayed to March 3": the new date lies ahead of the delay.
  const put = own === undefined ? null : POSTPONED.exec(text.slice(Math.max(0, start - 60), start));
  if (put) return { lean: 'forward', why: `“${put[1]} … ${own}” looks ahead` };
  if (ahead !== undefined)
    return { lean: 'nearest', why: `“${ahead}” looks ahead, whatever the verb's tense` };
  const near = wordsAround(text, start, end, AHEAD_REACH + 1);
  const pastNear = tense.tense === 'past' && tense.cue !== null && near.includes(tense.cue);
  if (isModifier(text, start, end) && !pastNear)
    return { lean: 'nearest', why: 'The date modifies a noun, and no verb near it dates it' };
  if (tense.tense === 'past' && tense.cue !== null && !tense.perfect) {
    // "subpoenaed him to testify on Feb. 10": the date is the infinitive's, whose time is open.
    const infinitive = INFINITIVE.exec(text.slice(Math.max(0, start - 60), start));
    if (infinitive && !infinitive[0].split(/[^A-Za-z']+/).includes(tense.cue))
      return { lean: 'nearest', why: `“to ${infinitive[1]}” leaves the time open` };
    return { lean: 'back', why: `Past tense (“${tense.cue}”)` };
  }
  if (tense.perfect) return { lean: 'nearest', why: `Present perfect (“${tense.cue}”)` };
  if (tense.cue === null) return { lean: 'nearest', why: 'No tense cue' };
  if (tense.open) return { lean: 'nearest', why: `“${tense.cue}” leaves the time open` };
  return { lean: 'nearest', why: `Present tense (“${tense.cue}”)` };
}
