import type { caucusEn } from './messages.en';

// Las cadenas de las páginas de caucus, en español.
export const caucusEs: Record<keyof typeof caucusEn, string> = {
  'caucus.title': 'Notas de bancada',
  'caucus.title.labor': 'Notas de la bancada sindical',
  'caucus.title.management': 'Notas de la bancada de la administración',
  'caucus.private.labor': 'Bancada sindical: solo los miembros sindicales de este órgano ven estas notas. La administración nunca las ve.',
  'caucus.private.management': 'Bancada de la administración: solo los miembros de la administración de este órgano ven estas notas. El sindicato nunca las ve.',
  'caucus.badge': 'Privado',
  'caucus.neutral': 'Los miembros neutrales no tienen bancada: las notas de bancada pertenecen a la parte sindical y a la parte de la administración.',
  'caucus.notSeated': 'Las notas de bancada son para los miembros sindicales y de la administración de este órgano.',
  'caucus.none': 'Su parte todavía no tiene notas sobre esto.',
  'caucus.by': '{name}, {date}',
  'caucus.new.labor': 'Nota nueva para la bancada sindical',
  'caucus.new.management': 'Nota nueva para la bancada de la administración',
  'caucus.add': 'Añadir la nota',
  'caucus.saved': 'Nota añadida para su parte.',
};
