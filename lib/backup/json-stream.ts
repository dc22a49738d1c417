import { BackupError } from "./errors";

/**
 * What a backup file says, piece by piece, in file order: the header's members, then each
 * table's rows one at a time. A row is parsed alone (JSON.parse of its own text), so memory
 * holds one row and one chunk of the file, never the document (docs/decisions/0029-streaming-backup.md).
 */
export type BackupEvent = { kind: "header"; key: string; value: unknown } | { kind: "tables" } | { kind: "table"; table: string } | { kind: "row"; row: unknown } | { kind: "end" };

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const SCALAR_END = new Set([" ", "\t", "\n", "\r", ",", "}", "]"]);

type State =
  | "start" // before the document's {
  | "topKey" // a member name or } (first member) …
  | "topNext" // … , or } after a member
  | "topColon"
  | "topValue"
  | "tablesObject"
  | "tablesKey"
  | "tablesNext"
  | "tablesColon"
  | "tableArray" // expects the [ of a table
  | "rowOrEnd" // first row or ]
  | "rowNext" // , or ] after a row
  | "row"
  | "done";

/**
 * A push parser for the backup's shape, {…header, "tables": {"Name": [row, …], …}}, fed the
 * file in chunks of any size. Only the skeleton is parsed here; every member value and row is
 * cut out as raw text (strings and nesting tracked so that a brace inside a string does not
 * count) and handed to JSON.parse, which checks it strictly.
 */
export class BackupJsonParser {
  private text = "";
  private pos = 0;
  /** Characters consumed before `text`, for error positions. */
  private offset = 0;
  private state: State = "start";
  private key = "";
  /** Raw value being cut out: where it starts in `text`, and the scanner's state inside it. */
  private valueStart = -1;
  private depth = 0;
  private inString = false;
  /** A , was just read, so a member must follow (no trailing commas, as in JSON). */
  private afterComma = false;

  /** Feeds the next piece of the file; returns what it completed. */
  feed(chunk: string): BackupEvent[] {
    // Keep only what is still needed: the value being cut out, or nothing already consumed.
    const keepFrom = this.valueStart >= 0 ? this.valueStart : this.pos;
    this.text = this.text.slice(keepFrom) + chunk;
    this.offset += keepFrom;
    this.pos -= keepFrom;
    if (this.valueStart >= 0) this.valueStart = 0;
    const events: BackupEvent[] = [];
    this.run(events, false);
    return events;
  }

  /** The file has ended: returns the last events, or throws if the document is incomplete. */
  finish(): BackupEvent[] {
    const events: BackupEvent[] = [];
    this.run(events, true);
    if (this.state !== "done") this.fail("the file ends before the backup does");
    return events;
  }

  private run(events: BackupEvent[], atEnd: boolean) {
    while (true) {
      if (this.state === "topValue" || this.state === "row" || this.valueStart >= 0) {
        const raw = this.cutValue(atEnd);
        if (raw === undefined) return;
        this.completeValue(raw, events);
        continue;
      }
      const char = this.nextToken();
      if (char === undefined) return;
      this.structural(char, events);
    }
  }

  /** The next non-whitespace character, consumed; undefined when the chunk is used up. */
  private nextToken(): string | undefined {
    while (this.pos < this.text.length) {
      const char = this.text[this.pos]!;
      this.pos++;
      if (!WHITESPACE.has(char)) return char;
    }
    return undefined;
  }

  private structural(char: string, events: BackupEvent[]) {
    const expect = (what: string): never => this.fail(`expected ${what}, found ${JSON.stringify(char)}`, -1);
    const startValue = (state: State) => {
      this.pos--; // the value starts at this character
      this.state = state;
    };
    switch (this.state) {
      case "start":
        if (char !== "{") expect("a JSON object");
        this.state = "topKey";
        return;
      case "topKey":
      case "topNext":
        if (char === "}" && !this.afterComma) return this.closeDocument(events);
        if (this.state === "topNext") {
          if (char !== ",") expect(", or }");
          this.state = "topKey";
          this.afterComma = true;
          return;
        }
        this.afterComma = false;
        if (char !== '"') expect("a member name");
        return (startValue("topKey"), void this.beginValue());
      case "topColon":
        if (char !== ":") expect(":");
        this.state = this.key === "tables" ? "tablesObject" : "topValue";
        return;
      case "tablesObject":
        if (char !== "{") this.fail('"tables" is not an object', -1);
        events.push({ kind: "tables" });
        this.state = "tablesKey";
        return;
      case "tablesKey":
      case "tablesNext":
        if (char === "}" && !this.afterComma) {
          this.state = "topNext";
          return;
        }
        if (this.state === "tablesNext") {
          if (char !== ",") expect(", or }");
          this.state = "tablesKey";
          this.afterComma = true;
          return;
        }
        this.afterComma = false;
        if (char !== '"') expect("a table name");
        return (startValue("tablesKey"), void this.beginValue());
      case "tablesColon":
        if (char !== ":") expect(":");
        this.state = "tableArray";
        return;
      case "tableArray":
        if (char !== "[") this.fail(`tables.${this.key} is not an array`, -1);
        events.push({ kind: "table", table: this.key });
        this.state = "rowOrEnd";
        return;
      case "rowOrEnd":
      case "rowNext":
        if (char === "]") {
          this.state = "tablesNext";
          return;
        }
        if (this.state === "rowNext") {
          if (char !== ",") expect(", or ]");
          this.state = "row";
          return;
        }
        return startValue("row");
      case "done":
        expect("the end of the file");
    }
  }

  private closeDocument(events: BackupEvent[]) {
    events.push({ kind: "end" });
    this.state = "done";
  }

  private beginValue() {
    this.valueStart = this.pos;
    this.depth = 0;
    this.inString = false;
  }

  /**
   * Scans on from where the last chunk stopped until the value that began at `valueStart`
   * is complete; returns its text, or undefined if it goes on in the next chunk.
   */
  private cutValue(atEnd: boolean): string | undefined {
    if (this.valueStart < 0) {
      const char = this.nextToken();
      if (char === undefined) return undefined;
      this.pos--;
      this.beginValue();
    }
    const text = this.text;
    while (this.pos < text.length) {
      if (this.inString) {
        const quote = text.indexOf('"', this.pos);
        if (quote < 0) {
          this.pos = text.length;
          return undefined;
        }
        let backslashes = 0;
        while (text[quote - 1 - backslashes] === "\\") backslashes++;
        this.pos = quote + 1;
        if (backslashes % 2 === 0) {
          this.inString = false;
          if (this.depth === 0) return this.takeValue();
        }
        continue;
      }
      const char = text[this.pos]!;
      if (char === '"') {
        this.inString = true;
        this.pos++;
      } else if (char === "{" || char === "[") {
        this.depth++;
        this.pos++;
      } else if (char === "}" || char === "]") {
        if (this.depth === 0) return this.takeValue(); // a scalar ended by its container
        this.depth--;
        this.pos++;
        if (this.depth === 0) return this.takeValue();
      } else if (this.depth === 0 && SCALAR_END.has(char)) {
        return this.takeValue();
      } else {
        this.pos++;
      }
    }
    if (atEnd && this.depth === 0 && !this.inString && this.pos > this.valueStart) return this.takeValue();
    return undefined;
  }

  private takeValue(): string {
    const raw = this.text.slice(this.valueStart, this.pos);
    this.valueStart = -1;
    return raw;
  }

  private completeValue(raw: string, events: BackupEvent[]) {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      this.fail((error as Error).message, -raw.length);
    }
    switch (this.state) {
      case "topKey":
        this.key = value as string;
        this.state = "topColon";
        return;
      case "tablesKey":
        this.key = value as string;
        this.state = "tablesColon";
        return;
      case "topValue":
        events.push({ kind: "header", key: this.key, value });
        this.state = "topNext";
        return;
      case "row":
        events.push({ kind: "row", row: value });
        this.state = "rowNext";
        return;
    }
  }

  private fail(reason: string, shift = 0): never {
    throw new BackupError(`The file is not valid JSON (at character ${this.offset + this.pos + shift}): ${reason}`);
  }
}

/** Parses a file read in chunks (a stream in text mode), yielding its events as they complete. */
export async function* backupEvents(chunks: AsyncIterable<string | Buffer>): AsyncGenerator<BackupEvent> {
  const parser = new BackupJsonParser();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for await (const chunk of chunks) {
    yield* parser.feed(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  }
  yield* parser.feed(decoder.decode());
  yield* parser.finish();
}
