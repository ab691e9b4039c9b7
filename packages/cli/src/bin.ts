#!/usr/bin/env node
/** The `rapport` executable. */
process.exitCode = 0;
