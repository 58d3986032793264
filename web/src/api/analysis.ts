// The partnership analysis: outcome growth across schools against the partnership's strength.
import { call } from './client';

export interface AnalysisSchool {
  school_id: number;
  name: string;
  from: number | null;
  to: number | null;
  growth: number | null;
  partnership_score: number | null;
  network_density: number | null;
  low_income_pct: number | null;
  excluded: 'growth' | 'partnership_score' | 'low_income_pct' | null;
}
export interface AnalysisTerm {
  name: 'intercept' | 'partnership_score' | 'network_density' | 'low_income_pct';
  coefficient: number;
  standard_error: number;
  t: number | null;
}
export interface PartnershipAnalysis {
  metric: string;
  from: number;
  to: number;
  window_id: number | null;
  survey_year: number | null;
  schools: AnalysisSchool[];
  model: {
    n: number;
    r_squared: number;
    adjusted_r_squared: number;
    terms: AnalysisTerm[];
    omitted: string[];
    caveat: { codes: string[]; en: string; es: string };
  } | null;
  not_fitted: string | null;
}
export interface AnalysisQuery {
  metric?: string;
  from?: number | '';
  to?: number | '';
}

export const analysisApi = {
  analyze: (district: number, q: AnalysisQuery) =>
    call<PartnershipAnalysis>('GET', '/api/v1/districts/{district}/analysis', { district }, undefined, {
      metric: q.metric ?? '', from: q.from ?? '', to: q.to ?? '',
    }),
};
