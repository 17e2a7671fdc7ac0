// Public surface of the build machinery: per-document extraction across worker threads, the
// per-document cache, stale temp cleanup and progress reporting.

export { buildKey } from "./build-key.ts";
export type { DocumentOutcome } from "./compact.ts";
export { cacheKey, pruneCache } from "./doc-cache.ts";
export { defaultJobs, extractAll, INLINE_BELOW_BYTES } from "./extract-all.ts";
export type { DocumentTask, TaskContext, TaskOutcome } from "./extract-task.ts";
export { fileSizes, readText } from "./inputs.ts";
export {
  formatDuration,
  formatProgress,
  type ProgressSink,
  type ProgressState,
  progressReporter,
  showsProgress,
} from "./progress.ts";
export { removeStaleTemps } from "./stale-temps.ts";
