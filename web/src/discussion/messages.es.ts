import type { discussionEn } from './messages.en';

// Las cadenas de la conversación, en español.
export const discussionEs: Record<keyof typeof discussionEn, string> = {
  'discussion.title': 'Conversación',
  'discussion.intro': 'Quien puede ver esta página lee la conversación; participan los miembros del órgano. No son notas de bancada: ambas partes la leen.',
  'discussion.none': 'Todavía no hay comentarios.',
  'discussion.readOnly': 'Solo los miembros del órgano comentan aquí.',
  'discussion.new': 'Su comentario',
  'discussion.hint': 'Admite Markdown: **negrita**, *cursiva*, listas con "- ", enlaces como [texto](https://…).',
  'discussion.mention': 'Mencionar a un miembro del órgano',
  'discussion.mentionAdd': 'Mencionar',
  'discussion.mentioned': 'Mencionados:',
  'discussion.mentionRemove': 'Dejar de mencionar a {name}',
  'discussion.post': 'Publicar el comentario',
  'discussion.posted': 'Comentario publicado.',
  'discussion.by': '{name}, {date}',
  'discussion.edited': 'editado',
  'discussion.edit': 'Editar',
  'discussion.editLabel': 'Cambiar su comentario',
  'discussion.save': 'Guardar el cambio',
  'discussion.cancel': 'Cancelar',
  'discussion.delete': 'Eliminar',
  'discussion.confirmDelete': '¿Eliminar este comentario? Sus palabras se borran; queda una nota de que se eliminó.',
  'discussion.deleted': 'Comentario de {author} eliminado por {by}, {date}.',
  'discussion.updated': 'La conversación se actualizó.',
  'discussion.live': 'En vivo: los comentarios nuevos aparecen al publicarse.',
  'discussion.reconnecting': 'Reconectando… los comentarios nuevos aparecerán al volver la conexión.',
};
