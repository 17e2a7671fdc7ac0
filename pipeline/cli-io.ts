// What a CLI subcommand gets from the edge: streams and the environment, injected so tests can swap them.

export interface CliIO {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A subcommand: takes its arguments (after the subcommand name) and returns the exit code. */
export type Command = (args: string[], io: CliIO) => Promise<number>;
