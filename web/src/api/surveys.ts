// The partnership surveys: yearly windows, the anonymous climate survey, the collaboration-network
// survey, and their results (aggregates only, with small groups suppressed).
import { call } from './client';
import type { Side } from './types';

export type SurveyKind = 'climate' | 'network';
export type WindowStatus = 'scheduled' | 'open' | 'closed';
export type NetworkTopic = 'student_data' | 'curriculum' | 'teaching_practice' | 'mentoring';
export type ContactFrequency = 'daily' | 'weekly' | 'monthly' | 'rarely';

// The API's values, in its order (most often first for the frequencies).
export const networkTopics: NetworkTopic[] = ['student_data', 'curriculum', 'teaching_practice', 'mentoring'];
export const contactFrequencies: ContactFrequency[] = ['daily', 'weekly', 'monthly', 'rarely'];
export const lowestMinGroupSize = 3;
export const defaultMinGroupSize = 5;

export interface Bilingual {
  en: string;
  es: string;
}
export interface LikertItem {
  key: string;
  text: Bilingual;
}
export interface SurveyArea {
  key: string;
  name: Bilingual;
  items: LikertItem[];
}
export interface ScaleLabel {
  value: number;
  label: Bilingual;
}
export interface ClimateInstrument {
  areas: SurveyArea[];
  scale: ScaleLabel[];
}

export interface SurveyWindow {
  id: number;
  year: number;
  surveys: SurveyKind[];
  opens_on: string;
  closes_on: string;
  status: WindowStatus;
  min_group_size: number;
  schools: string[];
  instrument: ClimateInstrument | null;
  answered: { climate: boolean | null; network: boolean | null };
  // How many have answered so far: all that anyone sees of a window until it closes.
  responses: { climate: number | null; network: number | null };
  results_available: boolean;
  may_manage: boolean;
  created_at: number;
}
export interface WindowInput {
  year: number;
  opens_on: string;
  closes_on: string;
  min_group_size: number;
  schools: string[];
  surveys: SurveyKind[];
}

export interface ClimateAnswerInput {
  school: string | null;
  answers: Record<string, number | null>;
}
export interface NetworkContact {
  colleague_id: number;
  topic: NetworkTopic;
  frequency: ContactFrequency;
}

// A suppressed result carries no numbers: n, mean and distribution are null.
export interface LikertStats {
  suppressed: boolean;
  n: number | null;
  mean: number | null;
  distribution: number[] | null;
}
export interface ItemResult extends LikertStats {
  key: string;
  text: Bilingual;
}
export interface AreaResult extends LikertStats {
  key: string;
  name: Bilingual;
  items_suppressed?: boolean;
  items?: ItemResult[];
}
export interface GroupResult {
  school?: string;
  side?: Side;
  suppressed: boolean;
  n: number | null;
  areas: AreaResult[];
}
export interface AreaGap {
  area: string;
  name: Bilingual;
  suppressed: boolean;
  labor_mean: number | null;
  management_mean: number | null;
  gap: number | null;
}
export interface ClimateResults {
  window: SurveyWindow;
  min_group_size: number;
  scale: ScaleLabel[];
  overall: GroupResult;
  schools: GroupResult[];
  sides: GroupResult[];
  gap: AreaGap[];
}

export interface ClimateTrend {
  years: { year: number; window_id: number; status: WindowStatus; suppressed: boolean; respondents: number | null }[];
  areas: {
    key: string;
    name: Bilingual;
    points: { year: number; window_id: number; suppressed: boolean; n: number | null; mean: number | null; gap: number | null }[];
  }[];
}

export interface TopicNetwork {
  topic: NetworkTopic;
  ties: number;
  possible_ties: number;
  density: number | null;
  weekly_density: number | null;
  ties_by_frequency: Record<ContactFrequency, number>;
  principal_site_rep: {
    principal_identified: boolean;
    site_rep_identified: boolean;
    tie: boolean;
    frequency: ContactFrequency | null;
  };
}
export interface NetworkSchoolResult {
  school: string;
  suppressed: boolean;
  respondents: number | null;
  topics: TopicNetwork[];
}
export interface NetworkResults {
  window: SurveyWindow;
  min_group_size: number;
  topics: NetworkTopic[];
  frequencies: ContactFrequency[];
  schools: NetworkSchoolResult[];
}

export const surveysApi = {
  windows: (district: number) =>
    call<{ items: SurveyWindow[] }>('GET', '/api/v1/districts/{district}/survey-windows', { district }),
  window: (district: number, window: number) =>
    call<SurveyWindow>('GET', '/api/v1/districts/{district}/survey-windows/{window}', { district, window }),
  openWindow: (district: number, input: WindowInput) =>
    call<SurveyWindow>('POST', '/api/v1/districts/{district}/survey-windows', { district }, input),
  closeWindow: (district: number, window: number) =>
    call<SurveyWindow>('POST', '/api/v1/districts/{district}/survey-windows/{window}/close', { district, window }, {}),
  answerClimate: (district: number, window: number, input: ClimateAnswerInput) =>
    call<{ recorded: true }>('POST', '/api/v1/districts/{district}/survey-windows/{window}/climate-responses',
      { district, window }, input),
  answerNetwork: (district: number, window: number, input: { school: string; contacts: NetworkContact[] }) =>
    call<{ recorded: true }>('POST', '/api/v1/districts/{district}/survey-windows/{window}/network-responses',
      { district, window }, input),
  climateResults: (district: number, window: number) =>
    call<ClimateResults>('GET', '/api/v1/districts/{district}/survey-windows/{window}/climate-results', { district, window }),
  networkResults: (district: number, window: number) =>
    call<NetworkResults>('GET', '/api/v1/districts/{district}/survey-windows/{window}/network-results', { district, window }),
  climateTrend: (district: number) => call<ClimateTrend>('GET', '/api/v1/districts/{district}/climate-trend', { district }),
};
