#!/usr/bin/env node
// Runs the TypeScript CLI in this same process through tsx's loader (internal packages ship
// TypeScript source), so signals reach the CLI directly: `kill <pid>` or Ctrl-C stops it, and
// it stops what it started.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
