/**
 * Just enough of the zip format to look inside an .xlsx before exceljs does: the central
 * directory (names, sizes, where each entry starts) and a bounded inflate of single entries.
 * Sizes come from the directory, so a zip bomb is refused before anything is decompressed.
 */
import * as zlib from "zlib";
import { InputError, errnoCode } from "../errors";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header in the file. */
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** More entries than any workbook has; a directory of millions is an attack on memory. */
export const MAX_ZIP_ENTRIES = 20000;

export function damaged(detailSv: string, detailEn: string): InputError {
  return new InputError(
    "damaged",
    `filen är skadad: ${detailSv}`,
    `the file is damaged: ${detailEn}`,
  );
}

/** Reads a little-endian 64-bit size, refusing what a JS number cannot hold exactly. */
function readSize64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw damaged(
      "orimlig storlek i zip-katalogen",
      "impossible size in the zip directory",
    );
  }
  return Number(value);
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - MAX_COMMENT);
  for (let i = buffer.length - 22; i >= lowest; i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  throw damaged(
    "zip-arkivets innehållsförteckning saknas",
    "the zip directory is missing",
  );
}

/** The entries of the zip's central directory, in directory order. */
export function readZipDirectory(buffer: Buffer): ZipEntry[] {
  if (buffer.length < 22)
    throw damaged("för kort för ett zip-arkiv", "too short for a zip");
  const eocd = findEndOfCentralDirectory(buffer);
  let count = buffer.readUInt16LE(eocd + 10);
  let directorySize = buffer.readUInt32LE(eocd + 12);
  let directoryOffset = buffer.readUInt32LE(eocd + 16);

  if (
    count === 0xffff ||
    directorySize === 0xffffffff ||
    directoryOffset === 0xffffffff
  ) {
    const locator = eocd - 20;
    if (
      locator < 0 ||
      buffer.readUInt32LE(locator) !== ZIP64_LOCATOR_SIGNATURE
    ) {
      throw damaged("zip64-uppgifterna saknas", "the zip64 record is missing");
    }
    const record = readSize64(buffer, locator + 8);
    if (
      record + 56 > buffer.length ||
      buffer.readUInt32LE(record) !== ZIP64_EOCD_SIGNATURE
    ) {
      throw damaged(
        "zip64-uppgifterna är trasiga",
        "the zip64 record is broken",
      );
    }
    count = readSize64(buffer, record + 32);
    directorySize = readSize64(buffer, record + 40);
    directoryOffset = readSize64(buffer, record + 48);
  }
  if (count > MAX_ZIP_ENTRIES) {
    throw new InputError(
      "zipBomb",
      `zip-arkivet har ${count} delar (gränsen är ${MAX_ZIP_ENTRIES})`,
      `the zip has ${count} entries (the limit is ${MAX_ZIP_ENTRIES})`,
    );
  }
  if (directoryOffset + directorySize > buffer.length) {
    throw damaged(
      "innehållsförteckningen pekar utanför filen",
      "the directory points past the end",
    );
  }

  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (
      p + 46 > buffer.length ||
      buffer.readUInt32LE(p) !== CENTRAL_SIGNATURE
    ) {
      throw damaged(
        "innehållsförteckningen är trasig",
        "the zip directory is broken",
      );
    }
    const flags = buffer.readUInt16LE(p + 8);
    const method = buffer.readUInt16LE(p + 10);
    let compressedSize = buffer.readUInt32LE(p + 20);
    let uncompressedSize = buffer.readUInt32LE(p + 24);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    let localHeaderOffset = buffer.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLength;
    const extraEnd = nameEnd + extraLength;
    if (extraEnd + commentLength > buffer.length) {
      throw damaged(
        "innehållsförteckningen är avkortad",
        "the zip directory is truncated",
      );
    }
    const name = buffer.toString(
      flags & 0x800 ? "utf8" : "latin1",
      p + 46,
      nameEnd,
    );

    // Zip64: the real sizes sit in extra field 0x0001, in this order, for each field at max.
    let x = nameEnd;
    while (x + 4 <= extraEnd) {
      const id = buffer.readUInt16LE(x);
      const size = buffer.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        const end = Math.min(q + size, extraEnd);
        if (uncompressedSize === 0xffffffff && q + 8 <= end) {
          uncompressedSize = readSize64(buffer, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= end) {
          compressedSize = readSize64(buffer, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff && q + 8 <= end) {
          localHeaderOffset = readSize64(buffer, q);
        }
      }
      x += 4 + size;
    }

    entries.push({
      name,
      method,
      encrypted: (flags & 0x1) !== 0,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
    p = extraEnd + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (p + 30 > buffer.length || buffer.readUInt32LE(p) !== LOCAL_SIGNATURE) {
    throw damaged(
      `delen ${entry.name} saknas`,
      `the entry ${entry.name} is missing`,
    );
  }
  const start =
    p + 30 + buffer.readUInt16LE(p + 26) + buffer.readUInt16LE(p + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) {
    throw damaged(
      `delen ${entry.name} är avkortad`,
      `the entry ${entry.name} is truncated`,
    );
  }
  return buffer.subarray(start, end);
}

function checkMethod(entry: ZipEntry): void {
  if (entry.encrypted) {
    throw new InputError(
      "encrypted",
      "filen är lösenordsskyddad (krypterat zip-arkiv)",
      "the file is password-protected (encrypted zip)",
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw damaged(
      `delen ${entry.name} är komprimerad på ett okänt sätt`,
      `the entry ${entry.name} uses an unknown compression`,
    );
  }
}

/**
 * Decompresses one small entry (workbook.xml, settings) at once, never beyond `limit` bytes and
 * never beyond the size the directory declares.
 */
export function inflateEntry(
  buffer: Buffer,
  entry: ZipEntry,
  limit: number,
): Buffer {
  checkMethod(entry);
  const data = entryData(buffer, entry);
  const cap = Math.min(limit, entry.uncompressedSize);
  let out: Buffer;
  if (entry.method === 0) {
    out = data;
  } else {
    try {
      out = zlib.inflateRawSync(data, {
        maxOutputLength: Math.max(1, cap + 1),
      });
    } catch (error) {
      if (errnoCode(error) === "ERR_BUFFER_TOO_LARGE") {
        throw sizeLie(entry);
      }
      throw damaged(
        `delen ${entry.name} går inte att packa upp`,
        `cannot inflate ${entry.name}`,
      );
    }
  }
  if (out.length > entry.uncompressedSize) throw sizeLie(entry);
  if (out.length < entry.uncompressedSize) throw truncated(entry);
  return out;
}

function truncated(entry: ZipEntry): InputError {
  return damaged(
    `delen ${entry.name} är ofullständig`,
    `the entry ${entry.name} is incomplete`,
  );
}

function sizeLie(entry: ZipEntry): InputError {
  return new InputError(
    "zipBomb",
    `delen ${entry.name} är större uppackad än zip-katalogen uppger`,
    `the entry ${entry.name} inflates to more than the zip directory declares`,
  );
}

/**
 * Decompresses an entry in a stream only to count its bytes and pass each chunk to `visit`:
 * proof that its real size is the declared one (exceljs would trust the directory and inflate
 * a lying entry whole in memory), with memory bounded by one chunk.
 */
export async function scanEntry(
  buffer: Buffer,
  entry: ZipEntry,
  visit: (chunk: Buffer) => void,
): Promise<void> {
  checkMethod(entry);
  const data = entryData(buffer, entry);
  if (entry.method === 0) {
    if (data.length > entry.uncompressedSize) throw sizeLie(entry);
    if (data.length < entry.uncompressedSize) throw truncated(entry);
    visit(data);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    let failed = false;
    const fail = (error: InputError) => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      reject(error);
    };
    inflater.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > entry.uncompressedSize) {
        fail(sizeLie(entry));
        return;
      }
      visit(chunk);
    });
    inflater.on("error", () =>
      fail(
        damaged(
          `delen ${entry.name} går inte att packa upp`,
          `cannot inflate ${entry.name}`,
        ),
      ),
    );
    inflater.on("end", () => {
      if (failed) return;
      if (total < entry.uncompressedSize) fail(truncated(entry));
      else resolve();
    });
    inflater.end(data);
  });
}
