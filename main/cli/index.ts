#!/usr/bin/env node
import { CommanderError } from 'commander';
import { exitCodes } from './options';
import { createProgram } from './program';

/**
 * The `newsdesk` command. Commander reports help and --version with exit code 0 and every
 * parsing error with 1; here those errors become 2 (usage), so 1 means only that the work failed.
 * Commands that fail set process.exitCode; one that throws prints its reason and exits with 1.
 */
createProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? exitCodes.done : exitCodes.usage);
    console.error(`newsdesk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(exitCodes.failed);
  });
