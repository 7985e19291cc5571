// A small BibTeX reader for tests (unit and E2E): enough to check our entries field by field.

/** A small BibTeX reader, enough to check our entries field by field (braces nest). */
export function parseBib(text: string): { type: string; key: string; fields: Record<string, string> }[] {
  const out: { type: string; key: string; fields: Record<string, string> }[] = [];
  const re = /@(\w+)\{([^,]+),/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const fields: Record<string, string> = {};
    let i = re.lastIndex;
    for (;;) {
      const fm = /^\s*(\w+)\s*=\s*\{/.exec(text.slice(i));
      if (!fm) break;
      i += fm[0].length;
      let depth = 1;
      let v = '';
      while (depth > 0) {
        const c = text[i++];
        if (c === undefined) throw new Error('unbalanced braces');
        if (c === '\\') { v += c + text[i++]; continue; }
        if (c === '{') depth++;
        if (c === '}') depth--;
        if (depth > 0) v += c;
      }
      fields[fm[1]!] = v;
      const rest = /^\s*,?/.exec(text.slice(i))!;
      i += rest[0].length;
    }
    const close = /^\s*\}/.exec(text.slice(i));
    if (!close) throw new Error(`entry ${m[2]} not closed`);
    re.lastIndex = i + close[0].length;
    out.push({ type: m[1]!, key: m[2]!, fields });
  }
  return out;
}
