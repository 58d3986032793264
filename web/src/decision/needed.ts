import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

// The API says what a side (or the body) still needs for consent in short English phrases built
// from counts; these are their shapes, so each can be said in the reader's language with the
// API's own numbers. A phrase of another shape is shown as the API wrote it.
const shapes: [RegExp, string, (m: RegExpMatchArray) => Record<string, string>][] = [
  [/^(\d+) more stances? to reach the quorum of (\d+)$/, 'quorum', (m) => ({ count: m[1], quorum: m[2] })],
  [/^an agree$/, 'anAgree', () => ({})],
  [/^(\d+) blocks? withdrawn$/, 'blocks', (m) => ({ count: m[1] })],
  [/^(\d+) votes? below 3 raised to 3 or more$/, 'lowVotes', (m) => ({ count: m[1] })],
  [/^(\d+) more agrees? for a majority of the side$/, 'sideMajority', (m) => ({ count: m[1] })],
  [/^(\d+) more agrees? to reach (\d+) of (\d+)$/, 'supermajority', (m) => ({ count: m[1], k: m[2], n: m[3] })],
  [/^(\d+) more agrees? for a majority of all votes$/, 'majority', (m) => ({ count: m[1] })],
];

export function sayNeeded(t: Translate, phrase: string): string {
  for (const [shape, name, params] of shapes) {
    const m = phrase.match(shape);
    if (!m) continue;
    const p = params(m);
    const number = name === 'anAgree' ? '' : p.count === '1' ? '.one' : '.other';
    return t(`decision.needed.${name}${number}` as MessageKey, p);
  }
  return phrase;
}
