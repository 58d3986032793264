import type { MessageKey } from './en';
import { homeEs } from '../district/home/messages.es';
import { meetingEs } from '../meeting/messages.es';
import { issueEs } from '../issue/messages.es';
import { decisionEs } from '../decision/messages.es';
import { actionEs } from '../action/messages.es';
import { communicationEs } from '../communication/messages.es';
import { caucusEs } from '../caucus/messages.es';
import { selfcheckEs } from '../selfcheck/messages.es';
import { outcomeEs } from '../outcome/messages.es';
import { surveyEs } from '../survey/messages.es';
import { analysisEs } from '../analysis/messages.es';
import { practiceEs } from '../practice/messages.es';
import { eventEs } from '../event/messages.es';
import { handbookEs } from '../handbook/messages.es';


// Todas las cadenas de la interfaz, en español (cada área guarda las suyas en messages.es.ts).
const core = {
  'app.name': 'Accord',
  'app.tagline': 'Sindicato y administración, resolviendo problemas juntos',
  'app.skip': 'Saltar al contenido principal',
  'app.loading': 'Cargando…',
  'app.language': 'Idioma',
  'app.signOut': 'Cerrar sesión',
  'app.account': 'Mi cuenta',
  'app.districts': 'Mis distritos',
  'app.mainNav': 'Principal',
  'app.notFound': 'No hay nada en esta dirección.',
  'app.backHome': 'Volver a mis distritos',

  'error.generic': 'Algo salió mal. Inténtelo de nuevo.',
  'error.network': 'No se puede conectar con Accord. Revise su conexión e inténtelo de nuevo.',
  'error.field': '{field}: {message}',

  'signIn.title': 'Iniciar sesión',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Entrar',
  'signIn.failed': 'El correo electrónico o la contraseña no son correctos.',
  'signIn.throttled': 'Demasiados intentos fallidos. Espere unos minutos e inténtelo de nuevo.',

  'invitation.title': 'Acepte su invitación',
  'invitation.intro': 'Elija una contraseña de al menos 10 caracteres. Si ya tiene una cuenta de Accord, escriba su contraseña.',
  'invitation.password': 'Contraseña',
  'invitation.submit': 'Aceptar y entrar',

  'account.title': 'Mi cuenta',
  'account.name': 'Nombre',
  'account.email': 'Correo electrónico',
  'account.saveProfile': 'Guardar',
  'account.saved': 'Guardado.',
  'account.passwordTitle': 'Cambiar la contraseña',
  'account.currentPassword': 'Contraseña actual',
  'account.newPassword': 'Contraseña nueva (al menos 10 caracteres)',
  'account.changePassword': 'Cambiar la contraseña',
  'account.passwordChanged': 'Su contraseña ha cambiado. Se han cerrado sus otras sesiones.',

  'districts.title': 'Mis distritos',
  'districts.none': 'Todavía no pertenece a ningún distrito. Pida una invitación a los líderes de su distrito.',
  'districts.enrollment': '{count} estudiantes',

  'district.members': 'Miembros',
  'district.bodies': 'Órganos conjuntos',
  'district.audit': 'Registro de auditoría',
  'district.overview': 'Resumen',
  'district.demographics': 'Demografía',
  'district.enrollment': 'Matrícula',
  'district.lowIncome': 'Estudiantes de bajos ingresos',
  'district.englishLearners': 'Estudiantes de inglés',
  'district.minority': 'Estudiantes de minorías',
  'district.myRole': 'Usted es {role} ({side}).',
  'district.unknown': 'Sin datos',

  'members.title': 'Miembros',
  'members.name': 'Nombre',
  'members.email': 'Correo electrónico',
  'members.side': 'Parte',
  'members.role': 'Cargo',
  'members.invite': 'Invitar a una persona',
  'members.inviteName': 'Nombre',
  'members.inviteEmail': 'Correo electrónico',
  'members.inviteSubmit': 'Crear enlace de invitación',
  'members.inviteLink': 'Envíe este enlace a {name}. Sirve una sola vez y caduca en 14 días:',
  'members.more': 'Mostrar más',

  'bodies.title': 'Órganos conjuntos',
  'bodies.none': 'Todavía no hay órganos conjuntos.',
  'bodies.create': 'Crear un órgano conjunto',
  'bodies.name': 'Nombre',
  'bodies.level': 'Nivel',
  'bodies.school': 'Escuela (para un equipo escolar)',
  'bodies.laborSeats': 'Puestos del sindicato',
  'bodies.managementSeats': 'Puestos de la administración',
  'bodies.rule': 'Regla de decisión',
  'bodies.quorum': 'Quórum por parte',
  'bodies.fallback': 'Qué pasa si no hay consenso',
  'bodies.submit': 'Crear',
  'bodies.coChairs': 'Copresidentes',
  'bodies.laborCoChair': 'Copresidente sindical',
  'bodies.managementCoChair': 'Copresidente de la administración',
  'bodies.vacant': 'Vacante',
  'bodies.reviewDue': 'Ha cambiado un copresidente: hay que revisar la carta.',
  'bodies.seats': '{labor} puestos sindicales, {management} puestos de la administración',
  'bodies.members': 'Miembros',
  'bodies.addMember': 'Agregar un miembro',
  'bodies.person': 'Persona',
  'bodies.seat': 'Puesto',
  'bodies.add': 'Agregar',
  'bodies.makeCoChair': 'Nombrar copresidente',
  'bodies.remove': 'Quitar',
  'bodies.ownSideOnly.labor':
    'Cada parte elige a sus propios miembros, copresidente y firmantes de la carta: usted puede cambiar los del sindicato y los puestos neutrales, no los de la administración.',
  'bodies.ownSideOnly.management':
    'Cada parte elige a sus propios miembros, copresidente y firmantes de la carta: usted puede cambiar los de la administración y los puestos neutrales, no los del sindicato.',

  'charter.title': 'Carta',
  'charter.none': 'Todavía no hay ninguna carta en vigor.',
  'charter.mission': 'Misión',
  'charter.principles': 'Principios rectores',
  'charter.norms': 'Normas',
  'charter.reviewDate': 'Fecha de revisión',
  'charter.reviewDue': 'Hay que revisar la carta.',
  'charter.inForceSince': 'Versión {number}, en vigor desde el {date}.',
  'charter.versions': 'Versiones',
  'charter.version': 'Versión {number}',
  'charter.status.draft': 'borrador',
  'charter.status.in_force': 'en vigor',
  'charter.status.superseded': 'sustituida',
  'charter.signers': 'Firmantes',
  'charter.signed': 'firmó',
  'charter.notSigned': 'todavía no ha firmado',
  'charter.sign': 'Firmar la versión {number}',
  'charter.draft': 'Redactar una versión nueva',
  'charter.onePerLine': '(uno por línea)',
  'charter.submitDraft': 'Guardar el borrador',
  'charter.signedCount': '{signed} de {total} firmas',

  'audit.title': 'Registro de auditoría',
  'audit.when': 'Cuándo',
  'audit.who': 'Quién',
  'audit.what': 'Qué',
  'audit.none': 'Todavía no hay nada registrado.',
  'audit.networkTitle': 'Registro de auditoría de la red',
  'audit.networkIntro': 'Lo que se hizo con lo que comparten todos los distritos: los eventos, sus sesiones y organizadores, y el directorio de distritos.',
  'audit.networkLink': 'Registro de auditoría de la red',
  'audit.commandLine': 'La línea de comandos',

  'side.labor': 'sindicato',
  'side.management': 'administración',
  'side.neutral': 'neutral',
  'seat.member': 'titular',
  'seat.alternate': 'suplente',
  'level.district': 'Comité del distrito',
  'level.site': 'Equipo escolar',
  'level.committee': 'Comité',
  'rule.consensus': 'Consenso',
  'rule.fist_to_five': 'Puño a cinco',
  'rule.per_side_majority': 'Mayoría en cada parte',
  'rule.supermajority': 'Mayoría calificada',
  'rule.equal_vote': 'Voto igualitario',
  'role.superintendent': 'superintendente',
  'role.cabinet': 'miembro del gabinete',
  'role.board_president': 'presidente de la junta',
  'role.board_member': 'miembro de la junta',
  'role.union_president': 'presidente del sindicato',
  'role.union_officer': 'dirigente sindical',
  'role.administrator': 'administrador',
  'role.principal': 'director de escuela',
  'role.site_rep': 'representante sindical escolar',
  'role.teacher': 'docente',
  'role.classified_staff': 'personal clasificado',
  'role.member': 'miembro',
  'role.facilitator': 'facilitador',
  'role.recorder': 'secretario de actas',
};

export const es: Record<MessageKey, string> = {
  ...core, ...homeEs, ...meetingEs, ...issueEs, ...decisionEs, ...actionEs, ...communicationEs, ...caucusEs,
  ...selfcheckEs, ...outcomeEs, ...surveyEs, ...analysisEs, ...practiceEs, ...eventEs, ...handbookEs,
};
