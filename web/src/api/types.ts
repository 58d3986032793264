// The shapes of the JSON API (docs/openapi.json describes them for every route).
export type Side = 'labor' | 'management' | 'neutral';
export type Locale = 'en' | 'es';

export interface User {
  id: number;
  email: string;
  name: string;
  locale: Locale;
  admin: boolean;
  created_at: number;
}
export interface SignedIn {
  user: User;
  csrf_token: string;
  expires_at: number;
}
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}
export interface District {
  id: number;
  name: string;
  state: string;
  nces_id: string | null;
  state_code: string | null;
  enrollment: number | null;
  low_income_pct: number | null;
  english_learners_pct: number | null;
  minority_pct: number | null;
  created_at: number;
}
export interface Membership {
  id: number;
  district_id: number;
  user_id: number;
  side: Side;
  role: string;
  name: string;
  email: string;
  created_at: number;
}
export interface DistrictView extends District {
  my_membership: Membership;
  // The sides the caller may invite people onto (a leader's own side and neutral); empty for other members.
  may_invite_to: Side[];
}
// What the inviter learns: never the link, which goes by email to the invited address alone.
export interface Invitation {
  id: number;
  district_id: number;
  email: string;
  name: string;
  side: Side;
  role: string;
  expires_at: number;
  delivery: 'sent' | 'not_sent';
  message: string;
}
// An invitation to the signed-in person, on their home page.
export interface MyInvitation {
  id: number;
  district_id: number;
  district_name: string;
  name: string;
  side: Side;
  role: string;
  invited_by_name: string;
  created_at: number;
  expires_at: number;
}
export interface AcceptedInvitation extends SignedIn {
  district_id: number;
}
export type RuleKind = 'consensus' | 'fist_to_five' | 'per_side_majority' | 'supermajority' | 'equal_vote';
export type AdvanceRule = 'both_sides' | 'any_member';
export interface Body {
  id: number;
  district_id: number;
  name: string;
  level: 'district' | 'site' | 'committee';
  school: string | null;
  labor_seats: number;
  management_seats: number;
  rule: RuleKind;
  quorum_per_side: number;
  supermajority_k: number;
  supermajority_n: number;
  fallback: string;
  // Who moves an issue on: both sides saying they are ready, or any member alone.
  advance_rule: AdvanceRule;
  labor_co_chair_id: number | null;
  management_co_chair_id: number | null;
  charter_review_due: boolean;
  created_at: number;
}
export interface BodyMember {
  id: number;
  body_id: number;
  user_id: number;
  side: Side;
  seat: 'member' | 'alternate';
  name: string;
  created_at: number;
}
export interface BodyView extends Body {
  members: BodyMember[];
  my_seat: BodyMember | null;
  // The sides whose seats, co-chair and charter signers I may change (each side chooses its own).
  may_act_for: Side[];
}
export interface AuditEntry {
  id: number;
  at: number;
  actor_id: number | null; // null: done by a rule, or (network log) the command line
  actor_name: string;
  action: string;
  subject_type: string;
  subject_id: number;
  subject_title: string | null; // null: none, gone, or confidential to a body the reader is not in
  details: Record<string, unknown>;
}

export interface CharterSigner {
  user_id: number;
  name: string;
  side: Side;
  signed: boolean;
  signed_at: number | null;
}
export interface CharterVersion {
  id: number;
  body_id: number;
  number: number;
  mission: string;
  principles: string[];
  norms: string[];
  review_date: string;
  status: 'draft' | 'in_force' | 'superseded';
  signers: CharterSigner[];
  signed_count: number;
  effective_at: number | null;
}
export interface CharterView {
  body_id: number;
  in_force: CharterVersion | null;
  review_date: string | null;
  review_due: boolean;
}
