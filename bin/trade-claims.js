#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so users need no compile step.
import { register } from "tsx/esm/api";

register();
// A reader that stops early ("| head") closes the pipe: that ends the output, as for any Unix tool.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../pipeline/cli.ts");
process.exitCode = await main(process.argv.slice(2));
