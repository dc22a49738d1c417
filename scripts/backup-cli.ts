import { BackupError } from "../lib/backup/errors";

/**
 * Runs an export/import command: messages on stderr (stdout may carry the backup itself),
 * exit code 0 or 1, and a problem's message without a stack trace (LOG_LEVEL=debug adds it).
 */
export async function runBackupCommand(name: string, command: () => Promise<void>): Promise<never> {
  try {
    await command();
    process.exit(0);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(error instanceof BackupError ? message : `${name} failed: ${message}`);
    if (process.env.LOG_LEVEL === "debug" && error instanceof Error) console.error(error.stack);
    process.exit(1);
  }
}

export function usage(text: string): never {
  console.error(`usage: ${text}`);
  process.exit(1);
}
