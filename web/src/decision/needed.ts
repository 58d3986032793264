import type { Need } from '../api/decisions';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

// What a side (or the body) still needs for consent, said in the reader's language from the
// API's code and numbers.
const messageOf: Record<Need['code'], string> = {
  quorum: 'quorum',
  agree: 'anAgree',
  withdraw_blocks: 'blocks',
  raise_low_votes: 'lowVotes',
  side_majority: 'sideMajority',
  supermajority: 'supermajority',
  majority: 'majority',
};

export function sayNeeded(t: Translate, need: Need): string {
  const name = messageOf[need.code];
  const number = need.code === 'agree' ? '' : need.count === 1 ? '.one' : '.other';
  return t(`decision.needed.${name}${number}` as MessageKey, { count: need.count, quorum: need.of, k: need.of, n: need.out_of });
}
