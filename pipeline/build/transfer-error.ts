// Errors cross the worker boundary as plain objects (structured clone drops a class), so a
// PipelineError thrown while reading a document reaches the CLI with its code, location and fix.
import { type ErrorCode, type ErrorLocation, PipelineError } from "../errors.ts";

export interface TransferredError {
  pipeline: boolean;
  code?: ErrorCode;
  message: string;
  location?: ErrorLocation;
  fix?: string;
  stack?: string;
}

export function toTransferable(error: unknown): TransferredError {
  if (error instanceof PipelineError) {
    return {
      pipeline: true,
      code: error.code,
      message: error.message,
      location: { ...error.location },
      fix: error.fix,
    };
  }
  if (error instanceof Error)
    return { pipeline: false, message: error.message, stack: error.stack };
  return { pipeline: false, message: String(error) };
}

export function fromTransferable(error: TransferredError, file: string): Error {
  if (error.pipeline && error.code) {
    return new PipelineError(error.code, error.message, error.location ?? { file }, error.fix);
  }
  // An unexpected failure is still pinned to the document that caused it.
  const wrapped = new Error(`${error.message} (while extracting ${file})`);
  if (error.stack) wrapped.stack = `${wrapped.message}\n${error.stack}`;
  return wrapped;
}
