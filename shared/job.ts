import type { ApiErrorData } from './errors';

export interface ExportSummary {
  written: number;
  removed: number;
  unchanged: number;
  ms: number;
  out: string;
}

/** A long-running call's progress, as the renderer sees it. */
export interface JobStatus {
  id: string;
  kind: 'export';
  state: 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
  result?: ExportSummary;
  error?: ApiErrorData;
}
