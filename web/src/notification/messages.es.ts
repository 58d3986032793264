import type { notificationEn } from './messages.en';

// The notification centre's strings in Spanish.
export const notificationEs: Record<keyof typeof notificationEn, string> = {
  'notification.bell': 'Avisos',
  'notification.bellUnread': 'Avisos, {count} sin leer',
  'notification.title': 'Avisos',
  'notification.intro': 'Lo que le ha llegado en sus distritos: menciones, respuestas en conversaciones en las que participó, asuntos que esperan a su parte, propuestas que esperan su postura, órdenes del día que esperan su aprobación, y comunicados y cartas que esperan su firma.',
  'notification.empty': 'Todavía no le ha llegado nada.',
  'notification.markAllRead': 'Marcar todos como leídos',
  'notification.allRead': 'Todos sus avisos están leídos.',
  'notification.more': 'Mostrar avisos anteriores',
  'notification.unread': 'Sin leer',
  'notification.mention': '{actor} le mencionó en {title}',
  'notification.comment': '{actor} comentó en {title}',
  'notification.issue_ready': 'Un asunto espera a que su parte esté lista: {title}',
  'notification.proposal_stance': 'Una propuesta espera su postura: {title}',
  'notification.agenda_approval': 'Un orden del día espera su aprobación: {title}',
  'notification.signature': 'Un comunicado espera su firma: {title}',
  'notification.charter_signature': 'La carta de {title} espera su firma',
  'notification.someone': 'Alguien',
  'notification.unavailable': 'Algo que ya no puede ver (ya no es miembro de su órgano)',
  'notification.settings': 'Elija en la página de su cuenta cuáles de ellos le llegan también por correo.',
};
