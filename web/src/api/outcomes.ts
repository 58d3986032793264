// Outcomes: schools, metrics, a metric's yearly series with the partnership's events, imports.
import { call } from './client';
import type { District, Page } from './types';

export type SchoolLevel = 'elementary' | 'middle' | 'high' | 'other';
export interface School {
  id: number;
  name: string;
  state_code: string | null;
  level: SchoolLevel;
}

export interface Metric {
  id: number;
  key: string;
  name_en: string;
  name_es: string;
  unit: 'percent' | 'count' | 'number';
  higher_is_better: boolean;
  built_in: boolean;
}

export interface SeriesLine {
  scope: 'district' | 'state' | 'school';
  school_id: number | null;
  name: string;
  points: { year: number; value: number | null; n: number | null }[];
}

export interface TimelineEvent {
  type: 'decision' | 'charter_version';
  id: number;
  body_id: number;
  body_name: string;
  title?: string;
  charter_number?: number;
  at: number;
  date: string;
  school_year: number;
}

export interface MetricSeries {
  group: string;
  years: number[];
  groups: string[];
  events: TimelineEvent[];
  /** True when `events` holds only the newest ones of the years shown. */
  earlier_events: boolean;
  metric: Metric;
  series: SeriesLine[];
}

export type ImportFormat = 'caaspp' | 'csv' | 'demographics';
export interface ImportJob {
  id: number;
  format: ImportFormat;
  file_name: string;
  status: 'running' | 'succeeded' | 'failed';
  progress: number;
  rows_read: number;
  rows_imported: number;
  rows_skipped: number;
  rows_failed: number;
  message: string;
  started_at: number;
  finished_at: number | null;
}

export interface ImportRowError {
  line: number;
  column: string;
  reason: string;
}

// The server reads every request body before it knows who sent it, so bodies are small; a file
// larger than one goes as numbered parts, each a request of its own, then is named by its upload id.
const kSmallFile = 512 * 1024;

interface Upload {
  id: string;
  size: number;
  received: number;
  part_size: number;
}

async function sendInParts(file: File, purpose: { purpose: string; district_id?: number }): Promise<string> {
  const upload = await call<Upload>('POST', '/api/v1/uploads', {}, { ...purpose, size: file.size });
  for (let offset = 0; offset < file.size; offset += upload.part_size) {
    const part = file.slice(offset, Math.min(file.size, offset + upload.part_size), 'application/octet-stream');
    await call<Upload>('PUT', '/api/v1/uploads/{upload}', { upload: upload.id }, part, { offset });
  }
  return upload.id;
}

export const outcomesApi = {
  schools: (district: number) =>
    call<Page<School>>('GET', '/api/v1/districts/{district}/schools', { district }, undefined, { limit: 200 }),
  addSchool: (district: number, input: { name: string; state_code: string; level: SchoolLevel }) =>
    call<School>('POST', '/api/v1/districts/{district}/schools', { district }, input),
  metrics: (district: number) =>
    call<{ items: Metric[] }>('GET', '/api/v1/districts/{district}/metrics', { district }),
  series: (district: number, key: string, group: string, schools: number[]) =>
    call<MetricSeries>('GET', '/api/v1/districts/{district}/metrics/{key}/series', { district, key }, undefined, {
      group,
      school: schools.join(','),
    }),
  // A small file goes as the request body, as CSV text; a larger one in parts first (see sendInParts).
  startImport: async (district: number, format: ImportFormat, file: File) => {
    if (file.size <= kSmallFile)
      return call<ImportJob>('POST', '/api/v1/districts/{district}/imports', { district },
        new Blob([file], { type: 'text/csv' }), { format, file_name: file.name });
    const upload = await sendInParts(file, { purpose: 'outcome_import', district_id: district });
    return call<ImportJob>('POST', '/api/v1/districts/{district}/imports', { district }, undefined,
      { format, file_name: file.name, upload });
  },
  imports: (district: number) =>
    call<Page<ImportJob>>('GET', '/api/v1/districts/{district}/imports', { district }, undefined, { limit: 20 }),
  setStateCode: (district: number, stateCode: string) =>
    call<District>('PATCH', '/api/v1/districts/{district}', { district }, { state_code: stateCode }),
  importJob: (district: number, id: number) =>
    call<ImportJob>('GET', '/api/v1/districts/{district}/imports/{import}', { district, import: id }),
  importErrors: (district: number, id: number) =>
    call<Page<ImportRowError>>('GET', '/api/v1/districts/{district}/imports/{import}/errors', { district, import: id },
      undefined, { limit: 200 }),
};
