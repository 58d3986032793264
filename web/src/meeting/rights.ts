// What the signed-in person may do with a body's meetings, as the server's meeting policy decides
// (src/domain/meeting/policy.cpp); the pages only hide what the server would refuse.
import type { BodyView, DistrictView } from '../api/types';

const leaderRoles = ['superintendent', 'union_president', 'board_president', 'administrator'];

export interface MeetingRights {
  me: number;
  // The side whose co-chair the person is, if any: that side's approval of the agenda is theirs to give.
  coChairSide: 'labor' | 'management' | null;
  schedule: boolean;
  editAgenda: boolean;
  proposeItem: boolean;
  keepRecord: boolean;
}

export function meetingRights(district: DistrictView, body: BodyView): MeetingRights {
  const me = district.my_membership.user_id;
  const leader = leaderRoles.includes(district.my_membership.role);
  const member = body.my_seat !== null;
  const coChairSide = body.labor_co_chair_id === me ? 'labor' : body.management_co_chair_id === me ? 'management' : null;
  const coChair = coChairSide !== null;
  return {
    me,
    coChairSide,
    schedule: coChair || leader,
    editAgenda: coChair || leader,
    proposeItem: member || leader,
    keepRecord: coChair || (member && district.my_membership.role === 'recorder'),
  };
}
