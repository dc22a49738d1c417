/**
 * Word-level diff by longest common subsequence. Written here because jsdiff reads the clock
 * (Date.now) to bound its running time, which Next.js refuses while prerendering pages.
 * Whitespace-only differences are not changes (readers cannot see them).
 */
export type WordChange = { type: "same" | "added" | "removed"; text: string };

/**
 * Words and single punctuation marks, each with the whitespace that follows it, so that joining
 * the tokens gives the text back and "kommunen." differs from "kommunen" only by the full stop.
 */
function tokens(text: string): string[] {
  return text.match(/^\s+|[\p{L}\p{N}]+\s*|[^\s\p{L}\p{N}]\s*/gu) ?? [];
}

const key = (token: string) => token.trim();

/** Beyond this many cells the table is not worth it: show old removed, new added. */
const MAX_CELLS = 4_000_000;

export function diffWords(before: string, after: string): WordChange[] {
  const a = tokens(before);
  const b = tokens(after);
  const out: WordChange[] = [];
  const push = (type: WordChange["type"], text: string) => {
    const last = out.at(-1);
    if (last && last.type === type) last.text += text;
    else if (text) out.push({ type, text });
  };
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    push("removed", before);
    push("added", after);
    return out;
  }
  // lcs[i][j] = length of the longest common subsequence of a[i..] and b[j..]
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = key(a[i]!) === key(b[j]!) ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (key(a[i]!) === key(b[j]!)) {
      push("same", b[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) push("removed", a[i++]!);
    else push("added", b[j++]!);
  }
  while (i < a.length) push("removed", a[i++]!);
  while (j < b.length) push("added", b[j++]!);
  return out;
}
