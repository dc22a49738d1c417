/**
 * A problem the person running export or import can fix (wrong file, database not empty…):
 * the scripts print its message alone, never a stack trace.
 */
export class BackupError extends Error {
  override name = "BackupError";
}
