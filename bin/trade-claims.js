#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so users need no compile step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../pipeline/cli.ts");
process.exitCode = await main(process.argv.slice(2));
