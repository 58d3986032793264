// Every string the interface shows, in English. Each area keeps its own strings beside its pages
// (src/<area>/messages.en.ts and messages.es.ts); this table joins them, but for the areas whose
// strings come with their pages (see addMessages in i18n.ts). es.ts must have the same keys (the
// compiler checks it, and so does a test).
import { homeEn } from '../district/home/messages.en';
import { meetingEn } from '../meeting/messages.en';
import { issueEn } from '../issue/messages.en';
import { decisionEn } from '../decision/messages.en';
import { actionEn } from '../action/messages.en';
import { communicationEn } from '../communication/messages.en';
import { caucusEn } from '../caucus/messages.en';
import { discussionEn } from '../discussion/messages.en';
import { selfcheckEn } from '../selfcheck/messages.en';
import type { outcomeEn } from '../outcome/messages.en';
import { surveyEn } from '../survey/messages.en';
import type { analysisEn } from '../analysis/messages.en';
import { practiceEn } from '../practice/messages.en';
import { eventEn } from '../event/messages.en';
import { handbookEn } from '../handbook/messages.en';
import { auditEn } from '../audit/messages.en';
import { notificationEn } from '../notification/messages.en';

const core = {
  'app.name': 'Accord',
  'app.tagline': 'Labor and management, solving problems together',
  'app.skip': 'Skip to the main content',
  'app.loading': 'Loading…',
  'app.language': 'Language',
  'app.signOut': 'Sign out',
  'app.account': 'My account',
  'app.districts': 'My districts',
  'app.mainNav': 'Main',
  'app.notFound': 'There is nothing at this address.',
  'app.backHome': 'Back to my districts',
  // The tabs of the areas whose other strings come with their pages.
  'outcome.tab': 'Outcomes',
  'analysis.tab': 'Analysis',

  'error.generic': 'Something went wrong. Please try again.',
  'error.network': 'Accord cannot be reached. Check your connection and try again.',
  'error.field': '{field}: {message}',

  'signIn.title': 'Sign in',
  'signIn.email': 'Email',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'The email or password is not correct.',
  'signIn.throttled': 'Too many failed sign-ins. Wait a few minutes and try again.',

  'invitation.title': 'Accept your invitation',
  'invitation.intro': 'Choose a password of at least 10 characters to create your account.',
  'invitation.password': 'Password',
  'invitation.submit': 'Create my account and accept',
  'invitation.haveAccount': 'I already have an Accord account',
  'invitation.signIn': 'Sign in to accept',
  'invitation.newAccount': 'I am new to Accord',
  'invitation.signInFirst': 'Sign in with your account; the invitation is then shown for you to accept.',
  'invitation.accountExists': 'This address already has an Accord account. Sign in with it; the invitation is then shown for you to accept.',
  'invitation.acceptAs': 'You are signed in as {name} ({email}). Accept the invitation to join the district?',
  'invitation.accept': 'Accept the invitation',
  'invitation.otherAddress': 'If the invitation was sent to another address, sign out and open the link again.',

  'account.title': 'My account',
  'account.name': 'Name',
  'account.email': 'Email',
  'account.saveProfile': 'Save',
  'account.saved': 'Saved.',
  'account.passwordTitle': 'Change password',
  'account.currentPassword': 'Current password',
  'account.newPassword': 'New password (at least 10 characters)',
  'account.changePassword': 'Change password',
  'account.passwordChanged': 'Your password has been changed. Your other sessions have been signed out.',

  'districts.title': 'My districts',
  'districts.none': 'You do not belong to any district yet. Ask your district’s leaders for an invitation.',
  'districts.invitations': 'Invitations for you',
  'districts.invitationFrom': '{inviter} invites you to {district}, {side} side, as {role}.',
  'districts.acceptInvitation': 'Accept: join {district}',
  'districts.declineInvitation': 'Decline the invitation to {district}',
  'districts.enrollment': '{count} students',

  'district.members': 'Members',
  'district.bodies': 'Joint bodies',
  'district.audit': 'Audit log',
  'district.menu': 'Menu',
  'district.overview': 'Overview',
  'district.demographics': 'Demographics',
  'district.enrollment': 'Enrollment',
  'district.lowIncome': 'Low-income students',
  'district.englishLearners': 'English learners',
  'district.minority': 'Students of color',
  'district.myRole': 'You are {role} ({side}).',
  'district.unknown': 'Not recorded',

  'members.title': 'Members',
  'members.name': 'Name',
  'members.email': 'Email',
  'members.side': 'Side',
  'members.role': 'Role',
  'members.invite': 'Invite a person',
  'members.inviteName': 'Name',
  'members.inviteEmail': 'Email',
  'members.inviteSubmit': 'Send the invitation',
  'members.inviteSent': 'Invitation sent by email to {name} ({email}). It works once and expires in 14 days.',
  'members.inviteNotSent': 'Email is not configured on this server, so the invitation to {name} was not sent. If they have an Accord account, they see it on their home page after signing in. If not, an administrator creates their account on the server, then they sign in and accept it:',
  'members.more': 'Show more',

  'bodies.title': 'Joint bodies',
  'bodies.none': 'No joint bodies yet.',
  'bodies.create': 'Create a joint body',
  'bodies.name': 'Name',
  'bodies.level': 'Level',
  'bodies.school': 'School (for a site team)',
  'bodies.laborSeats': 'Labor seats',
  'bodies.managementSeats': 'Management seats',
  'bodies.rule': 'Decision rule',
  'bodies.quorum': 'Quorum per side',
  'bodies.fallback': 'Fallback when there is no consent',
  'bodies.advanceRule': 'Who moves an issue on to its next step',
  'bodies.changeAdvanceRule': 'Change who moves an issue on to its next step',
  'bodies.saveAdvanceRule': 'Save the rule',
  'bodies.advanceRuleSaved': 'The body’s rule is saved.',
  'advance.both_sides': 'Both sides: a labor and a management member each say their side is ready',
  'advance.any_member': 'Any member of the body, alone',
  'bodies.submit': 'Create',
  'bodies.coChairs': 'Co-chairs',
  'bodies.laborCoChair': 'Labor co-chair',
  'bodies.managementCoChair': 'Management co-chair',
  'bodies.vacant': 'Vacant',
  'bodies.reviewDue': 'A co-chair has changed: the charter is due for review.',
  'bodies.seats': '{labor} labor seats, {management} management seats',
  'bodies.members': 'Members',
  'bodies.addMember': 'Add a member',
  'bodies.person': 'Person',
  'bodies.seat': 'Seat',
  'bodies.add': 'Add',
  'bodies.makeCoChair': 'Make co-chair',
  'bodies.remove': 'Remove',
  'bodies.ownSideOnly.labor':
    'Each side chooses its own members, co-chair and charter signers: you can change labor’s and the neutral seats, not management’s.',
  'bodies.ownSideOnly.management':
    'Each side chooses its own members, co-chair and charter signers: you can change management’s and the neutral seats, not labor’s.',

  'charter.title': 'Charter',
  'charter.none': 'No charter is in force yet.',
  'charter.mission': 'Mission',
  'charter.principles': 'Guiding principles',
  'charter.norms': 'Norms',
  'charter.reviewDate': 'Review date',
  'charter.reviewDue': 'The charter is due for review.',
  'charter.inForceSince': 'Version {number}, in force since {date}.',
  'charter.versions': 'Versions',
  'charter.version': 'Version {number}',
  'charter.status.draft': 'draft',
  'charter.status.in_force': 'in force',
  'charter.status.superseded': 'superseded',
  'charter.signers': 'Signers',
  'charter.signed': 'signed',
  'charter.notSigned': 'not signed yet',
  'charter.sign': 'Sign version {number}',
  'charter.draft': 'Draft a new version',
  'charter.onePerLine': '(one per line)',
  'charter.submitDraft': 'Save the draft',
  'charter.signedCount': '{signed} of {total} signatures',

  'audit.title': 'Audit log',
  'audit.when': 'When',
  'audit.who': 'Who',
  'audit.what': 'What',
  'audit.none': 'Nothing has been recorded yet.',
  'audit.networkTitle': 'Network audit log',
  'audit.networkIntro': 'What was done to what every district shares: events, their sessions and organizers, and the district directory.',
  'audit.networkLink': 'Network audit log',
  'audit.commandLine': 'The command line',

  'side.labor': 'labor',
  'side.management': 'management',
  'side.neutral': 'neutral',
  'seat.member': 'member',
  'seat.alternate': 'alternate',
  'level.district': 'District committee',
  'level.site': 'Site team',
  'level.committee': 'Committee',
  'rule.consensus': 'Consensus',
  'rule.fist_to_five': 'Fist to five',
  'rule.per_side_majority': 'Majority on each side',
  'rule.supermajority': 'Supermajority',
  'rule.equal_vote': 'Equal vote',
  'role.superintendent': 'superintendent',
  'role.cabinet': 'cabinet member',
  'role.board_president': 'board president',
  'role.board_member': 'board member',
  'role.union_president': 'union president',
  'role.union_officer': 'union officer',
  'role.administrator': 'administrator',
  'role.principal': 'principal',
  'role.site_rep': 'site representative',
  'role.teacher': 'teacher',
  'role.classified_staff': 'classified staff',
  'role.member': 'member',
  'role.facilitator': 'facilitator',
  'role.recorder': 'recorder',
} as const;

export const en = {
  ...core, ...homeEn, ...meetingEn, ...issueEn, ...decisionEn, ...actionEn, ...communicationEn, ...caucusEn, ...discussionEn,
  ...selfcheckEn, ...surveyEn, ...practiceEn, ...eventEn, ...handbookEn, ...auditEn, ...notificationEn,
};

// The keys of the first page's table, and of every area's.
export type FirstPageKey = keyof typeof en;
export type MessageKey = FirstPageKey | keyof typeof outcomeEn | keyof typeof analysisEn;
