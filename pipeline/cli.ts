// The command line: `trade-claims <command> [args]`. A thin edge that dispatches to each stage's
// command and reports errors once, here.
import type { CliIO, Command } from "./cli-io.ts";
import { exitCodeFor, isPipelineError, PipelineError } from "./errors.ts";

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: {
    summary: "extract every document in data/raw/ into data/processed/*.csv",
    load: async () => (await import("./build-command.ts")).buildCommand,
  },
  charts: {
    summary: "render every spec in charts/specs/ from data/processed/ into charts/",
    load: async () => (await import("./charts/index.ts")).chartsCommand,
  },
  render: {
    summary: "render one spec: render SPEC [--format svg,png,pdf] [--out DIR]",
    load: async () => (await import("./charts/index.ts")).renderCommand,
  },
  quantities: {
    summary: 'read JSON Lines {"id","text"} on stdin, write the quantities found on stdout',
    load: async () => (await import("./quantities/index.ts")).quantitiesCommand,
  },
  structure: {
    summary: "print one document's pages, footnotes, markers and works as JSON: structure FILE",
    load: async () => (await import("./ingest/structure/index.ts")).structureCommand,
  },
  claims: {
    summary: "print the claims of the given documents as JSON Lines: claims FILE...",
    load: async () => (await import("./claims/index.ts")).claimsCommand,
  },
  eval: {
    summary: "score claims against a gold file: eval --gold FILE.jsonl --docs DIR",
    load: async () => (await import("./claims/index.ts")).evalCommand,
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return `Usage: trade-claims <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nOptions:\n  --help   show this help\n  --debug  show the stack trace of an unexpected error\n`;
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const debug = argv.includes("--debug");
  const args = argv.filter((a) => a !== "--debug");
  const [name, ...rest] = args;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS[name];
  try {
    if (!entry)
      throw new PipelineError("USAGE", `Unknown command "${name}"; run trade-claims --help`);
    const command = await entry.load();
    return await command(rest, io);
  } catch (error) {
    if (isPipelineError(error)) {
      io.stderr.write(`trade-claims: ${error.format()}\n`);
      return exitCodeFor(error);
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`trade-claims: unexpected error: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    else io.stderr.write("Run again with --debug for the stack trace.\n");
    return 70;
  }
}

function processIO(): CliIO {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
