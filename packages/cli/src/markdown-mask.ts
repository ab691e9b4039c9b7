/**
 * Masks the parts of a Markdown document that are not prose (front matter, fenced and indented
 * code, inline code, HTML tags and comments, link and image targets) with spaces, so the analyzer
 * reads only the words a customer would read while every offset still points into the original
 * file. Newlines are kept, so line numbers do not move.
 *
 * Linear: each closing-delimiter search that fails is remembered, so a line full of unmatched
 * backticks or brackets is not rescanned.
 */
export function maskMarkdown(source: string): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  const n = source.length;

  // HTML comments may span lines: blank them first.
  for (let at = source.indexOf('<!--'); at >= 0; ) {
    const close = source.indexOf('-->', at + 4);
    const end = close < 0 ? n : close + 3;
    blank(at, end);
    at = end < n ? source.indexOf('<!--', end) : -1;
  }

  let fence: string | null = null;
  let inFrontMatter = false;
  for (let lineStart = 0; lineStart < n; ) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    const line = source.slice(lineStart, lineEnd);
    const trimmed = line.trimStart();
    const bare = line.trimEnd();

    if (lineStart === 0 && bare === '---') {
      inFrontMatter = true;
      blank(lineStart, lineEnd);
    } else if (inFrontMatter) {
      blank(lineStart, lineEnd);
      if (bare === '---' || bare === '...') inFrontMatter = false;
    } else if (fence !== null) {
      blank(lineStart, lineEnd);
      if (trimmed.startsWith(fence)) fence = null;
    } else if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
      fence = trimmed.slice(0, 3);
      blank(lineStart, lineEnd);
    } else if (line.startsWith('    ') || line.startsWith('\t')) {
      blank(lineStart, lineEnd);
    } else {
      maskInline(source, lineStart, lineEnd, blank);
    }
    lineStart = lineEnd + 1;
  }
  return out.join('');
}

function maskInline(source: string, from: number, to: number, blank: (a: number, b: number) => void): void {
  const noTickClose = new Set<number>();
  let noParenClose = false;
  let noAngleClose = false;
  let noBracketClose = false;
  const closeWithin = (needle: string, at: number) => {
    const k = source.indexOf(needle, at);
    return k >= 0 && k < to ? k : -1;
  };
  let i = from;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (c === 96 /* ` */) {
      let run = 0;
      while (i + run < to && source.charCodeAt(i + run) === 96) run++;
      const close = noTickClose.has(run) ? -1 : closeWithin('`'.repeat(run), i + run);
      if (close >= 0) {
        blank(i, close + run);
        i = close + run;
      } else {
        noTickClose.add(run);
        i += run;
      }
      continue;
    }
    if (c === 60 /* < */ && !noAngleClose) {
      const next = source.charCodeAt(i + 1);
      const looksLikeTag = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47;
      if (looksLikeTag) {
        const close = closeWithin('>', i + 1);
        if (close >= 0) {
          blank(i, close + 1);
          i = close + 1;
          continue;
        }
        noAngleClose = true;
      }
    }
    if (c === 93 /* ] */ && source.charCodeAt(i + 1) === 40 /* ( */ && !noParenClose) {
      const close = closeWithin(')', i + 2);
      if (close >= 0) {
        blank(i + 1, close + 1);
        i = close + 1;
        continue;
      }
      noParenClose = true;
    }
    if (c === 33 /* ! */ && source.charCodeAt(i + 1) === 91 /* [ */ && !noBracketClose) {
      const close = closeWithin(']', i + 2);
      if (close >= 0) {
        let end = close + 1;
        if (source.charCodeAt(end) === 40 && !noParenClose) {
          const paren = closeWithin(')', end + 1);
          if (paren >= 0) end = paren + 1;
          else noParenClose = true;
        }
        blank(i, end);
        i = end;
        continue;
      }
      noBracketClose = true;
    }
    i++;
  }
}
