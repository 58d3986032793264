// The caucus pages' strings in English (joined into src/i18n/en.ts).
export const caucusEn = {
  'caucus.title': 'Caucus notes',
  'caucus.title.labor': 'Labor caucus notes',
  'caucus.title.management': 'Management caucus notes',
  'caucus.private.labor': 'Labor caucus — only labor members of this body see these notes. Management never sees them.',
  'caucus.private.management': 'Management caucus — only management members of this body see these notes. Labor never sees them.',
  'caucus.badge': 'Private',
  'caucus.neutral': 'Neutral members have no caucus: caucus notes belong to the labor side and the management side.',
  'caucus.notSeated': 'Caucus notes are for the labor and management members of this body.',
  'caucus.none': 'Your side has no notes on this yet.',
  'caucus.by': '{name}, {date}',
  'caucus.new.labor': 'New note for the labor caucus',
  'caucus.new.management': 'New note for the management caucus',
  'caucus.add': 'Add the note',
  'caucus.saved': 'Note added for your side.',
} as const;
