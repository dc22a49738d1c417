import { inflateRawSync } from "node:zlib";

/*
 * An XLSX file is a zip archive, and a zip of a few megabytes can unpack to gigabytes (a zip
 * bomb) or claim sizes it does not have. Before the spreadsheet library (which unpacks whole
 * entries in memory) sees a file, every entry is unpacked here with a hard cap: no more than
 * its declared size, and no more than the limit all together. Anything odd — encryption, ZIP64,
 * unknown compression, sizes that lie, entries outside the file — is refused.
 */

export type ZipLimits = { maxEntries: number; maxUnpackedBytes: number };
export type ZipCheck = { ok: true; names: string[] } | { ok: false; reason: "corrupt" | "encrypted" | "unpacksTooLarge" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

export function inspectZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  try {
    // The end-of-central-directory record: 22 bytes plus a comment of up to 65 535 bytes from the end.
    let eocd = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (u32(at) === EOCD) {
        eocd = at;
        break;
      }
    }
    if (eocd < 0) return { ok: false, reason: "corrupt" };
    const count = u16(eocd + 10);
    const directoryOffset = u32(eocd + 16);
    if (count === 0xffff || directoryOffset === ZIP64_MARK) return { ok: false, reason: "corrupt" };
    if (count > limits.maxEntries) return { ok: false, reason: "unpacksTooLarge" };

    const names: string[] = [];
    let declaredTotal = 0;
    let at = directoryOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > eocd || u32(at) !== CENTRAL) return { ok: false, reason: "corrupt" };
      const flags = u16(at + 8);
      const method = u16(at + 10);
      const compressed = u32(at + 20);
      const size = u32(at + 24);
      const nameLength = u16(at + 28);
      const entryEnd = at + 46 + nameLength + u16(at + 30) + u16(at + 32);
      const localOffset = u32(at + 42);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      at = entryEnd;
      if (flags & 0x1) return { ok: false, reason: "encrypted" };
      if (compressed === ZIP64_MARK || size === ZIP64_MARK || localOffset === ZIP64_MARK) return { ok: false, reason: "corrupt" };
      declaredTotal += size;
      if (declaredTotal > limits.maxUnpackedBytes) return { ok: false, reason: "unpacksTooLarge" };

      if (localOffset + 30 > bytes.length || u32(localOffset) !== LOCAL) return { ok: false, reason: "corrupt" };
      const dataStart = localOffset + 30 + u16(localOffset + 26) + u16(localOffset + 28);
      if (dataStart + compressed > bytes.length) return { ok: false, reason: "corrupt" };
      const data = bytes.subarray(dataStart, dataStart + compressed);
      let unpacked: number;
      if (method === 0) unpacked = data.length;
      else if (method === 8) {
        try {
          // Never more than the declared size: an entry that would unpack to more stops here.
          unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, size) }).length;
        } catch (error) {
          if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return { ok: false, reason: "unpacksTooLarge" };
          return { ok: false, reason: "corrupt" };
        }
      } else return { ok: false, reason: "corrupt" };
      if (unpacked !== size) return { ok: false, reason: "corrupt" };
      names.push(name);
    }
    return { ok: true, names };
  } catch {
    // Offsets outside the file make DataView throw: a damaged archive.
    return { ok: false, reason: "corrupt" };
  }
}
