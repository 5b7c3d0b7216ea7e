/**
 * Reads a whole input file into memory, noticing when it is missing, not a file, too big, or
 * changes or disappears while it is being read (a file moved away from a shared folder in the
 * middle of a run must not be checked half-read).
 */
import * as fs from "fs";
import { InputError, errnoCode } from "../errors";

/** Larger files are refused before reading: no nämnd's report comes near it. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

function describeFsError(error: unknown, vanishedAlready: boolean): InputError {
  const code = errnoCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") {
    return vanishedAlready
      ? new InputError(
          "vanished",
          "filen försvann medan den lästes",
          "the file disappeared while it was being read",
        )
      : new InputError("missing", "filen finns inte", "file not found");
  }
  if (code === "EACCES" || code === "EPERM") {
    return new InputError(
      "unreadable",
      "behörighet saknas att läsa filen",
      "permission denied",
    );
  }
  if (code === "EISDIR") {
    return new InputError(
      "notFile",
      "är en mapp, inte en fil",
      "is a directory, not a file",
    );
  }
  return new InputError(
    "unreadable",
    `filen kunde inte läsas (${code || "okänt fel"})`,
    `the file could not be read (${code || "unknown error"})`,
  );
}

function changedWhileReading(): InputError {
  return new InputError(
    "vanished",
    "filen ändrades eller försvann medan den lästes",
    "the file changed or disappeared while it was being read",
  );
}

export function readWholeFile(path: string): Buffer {
  let before: fs.Stats;
  try {
    before = fs.statSync(path);
  } catch (error) {
    throw describeFsError(error, false);
  }
  if (before.isDirectory()) {
    throw new InputError(
      "notFile",
      "är en mapp, inte en fil",
      "is a directory, not a file",
    );
  }
  if (!before.isFile()) {
    throw new InputError(
      "notFile",
      "är inte en vanlig fil",
      "is not a regular file",
    );
  }
  if (before.size > MAX_FILE_BYTES) {
    throw new InputError(
      "tooLarge",
      `filen är större än ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  if (before.size === 0) {
    throw new InputError(
      "emptyFile",
      "filen är tom (0 byte)",
      "the file is empty (0 bytes)",
    );
  }

  let fd: number;
  try {
    fd = fs.openSync(path, "r");
  } catch (error) {
    throw describeFsError(error, true);
  }
  try {
    const opened = fs.fstatSync(fd);
    const size = opened.size;
    if (size !== before.size || opened.ino !== before.ino)
      throw changedWhileReading();
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = fs.readSync(
        fd,
        buffer,
        offset,
        Math.min(CHUNK_BYTES, size - offset),
        offset,
      );
      if (n === 0) throw changedWhileReading();
      offset += n;
    }
    // A file that is still growing is being written by someone: its end is not its end.
    if (fs.readSync(fd, Buffer.alloc(1), 0, 1, size) !== 0)
      throw changedWhileReading();
    let after: fs.Stats;
    try {
      after = fs.statSync(path);
    } catch (error) {
      throw errnoCode(error) === "ENOENT"
        ? changedWhileReading()
        : describeFsError(error, true);
    }
    if (
      after.ino !== opened.ino ||
      after.size !== size ||
      after.mtimeMs !== opened.mtimeMs
    ) {
      throw changedWhileReading();
    }
    return buffer;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describeFsError(error, true);
  } finally {
    fs.closeSync(fd);
  }
}
