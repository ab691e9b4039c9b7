/**
 * `pnpm bench email-mime`: postal-mime (the runtime dependency of @rapport/email) beside
 * mailparser (dev dependency, for comparison) in the same run: browser bundle size, install
 * footprint, correctness on tricky messages built here, and parse speed. Prints figures; never
 * fails on them. Also times @rapport/email's parseReply beside email-reply-parser on a long thread.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseReply } from '../../packages/email/src/index.js';

const emailDir = new URL('../../packages/email/', import.meta.url).pathname;
const require = createRequire(join(emailDir, 'package.json'));
// Both parsers are dependencies of packages/email, not of the root, so they are resolved from there.
interface PostalLike {
  parse(raw: string): Promise<{ text?: string; subject?: string; attachments: unknown[]; from?: { name: string; address?: string } }>;
}
const PostalMime = ((await import(pathToFileURL(require.resolve('postal-mime')).href)) as { default: PostalLike }).default;
const { simpleParser } = require('mailparser') as {
  simpleParser: (raw: string | Buffer) => Promise<{ text?: string; subject?: string; attachments: { filename?: string }[]; from?: { value: { name: string; address?: string }[] } }>;
};

async function bundle(entry: string, platform: 'browser' | 'node'): Promise<string> {
  try {
    const result = await build({ stdin: { contents: entry, resolveDir: emailDir, loader: 'js' }, bundle: true, minify: true, write: false, platform, format: 'esm', logLevel: 'silent' });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    return `${(code.length / 1024).toFixed(1)} kB min, ${(gzipSync(code).length / 1024).toFixed(1)} kB min+gzip`;
  } catch (error) {
    const first = (error as { errors?: { text: string }[] }).errors?.[0]?.text ?? String(error);
    return `fails (${first.slice(0, 90)})`;
  }
}

function installed(pkg: string): { packages: number; kB: number } {
  const root = new URL('../../node_modules/.pnpm/', import.meta.url).pathname;
  const seen = new Set<string>();
  let bytes = 0;
  const visit = (name: string, from: string): void => {
    let manifestPath: string;
    try {
      manifestPath = createRequire(from).resolve(`${name}/package.json`);
    } catch {
      return;
    }
    if (seen.has(manifestPath)) return;
    seen.add(manifestPath);
    const dir = manifestPath.slice(0, -'package.json'.length);
    bytes += size(dir);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, manifestPath);
  };
  void root;
  visit(pkg, join(emailDir, 'package.json'));
  return { packages: seen.size, kB: Math.round(bytes / 1024) };
}

function size(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? size(p) : readFileSync(p).length;
  }
  return total;
}

const crlf = (lines: string[]) => lines.join('\r\n');
const tricky: { name: string; raw: string; expect: (r: { text: string; subject: string; attachments: number; from: string }) => boolean }[] = [
  {
    name: 'ISO-8859-1 quoted-printable body + RFC 2047 subject',
    raw: crlf(['From: =?UTF-8?Q?Ren=C3=A9e?= <r@x.test>', 'Subject: =?ISO-8859-1?Q?Probl=E8me?=', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '', 'd=E9j=E0 vu=', ' encore', '']),
    expect: (r) => r.subject === 'Problème' && r.text.startsWith('déjà vu encore') && r.from === 'Renée',
  },
  {
    name: 'base64 UTF-8 body with CRLF line breaks inside',
    raw: crlf(['Subject: b64', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: base64', '', Buffer.from('Grüße 👋 from the VPN').toString('base64').replace(/(.{8})/gu, '$1\r\n'), '']),
    expect: (r) => r.text.trim() === 'Grüße 👋 from the VPN',
  },
  {
    name: 'truncated multipart (no closing boundary)',
    raw: crlf(['Subject: cut', 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'first part', '--b', 'Content-Type: application/pdf', 'Content-Disposition: attachment; filename=a.pdf', 'Content-Transfer-Encoding: base64', '', 'JVBER']),
    expect: (r) => r.text.includes('first part') && r.attachments === 1,
  },
  {
    name: 'RFC 2231 encoded attachment name',
    raw: crlf(['Subject: name', 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'see file', '--b', "Content-Type: application/pdf; name*=utf-8''Rechnung%20M%C3%A4rz.pdf", "Content-Disposition: attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf", '', 'x', '--b--']),
    expect: (r) => r.attachments === 1,
  },
  {
    name: 'unknown charset label',
    raw: crlf(['Subject: cs', 'Content-Type: text/plain; charset=x-unknown-9', '', 'plain ascii text']),
    expect: (r) => r.text.includes('plain ascii text'),
  },
  {
    name: 'multipart without boundary parameter',
    raw: crlf(['Subject: nb', 'Content-Type: multipart/alternative', '', 'body text here']),
    expect: (r) => r.text.includes('body text here'),
  },
];

async function viaPostal(raw: string) {
  const e = await PostalMime.parse(raw);
  const from = e.from?.name ?? '';
  return { text: e.text ?? '', subject: e.subject ?? '', attachments: e.attachments.length, from };
}
async function viaMailparser(raw: string) {
  const e = await simpleParser(raw);
  return { text: e.text ?? '', subject: e.subject ?? '', attachments: e.attachments.length, from: e.from?.value[0]?.name ?? '' };
}

console.log('browser bundle (esbuild, ESM, minified):');
console.log(`  postal-mime: ${await bundle("export { default } from 'postal-mime';", 'browser')}`);
console.log(`  mailparser:  ${await bundle("export { simpleParser } from 'mailparser';", 'browser')}`);
console.log(`  mailparser (node platform): ${await bundle("export { simpleParser } from 'mailparser';", 'node')}`);
for (const pkg of ['postal-mime', 'mailparser']) {
  const f = installed(pkg);
  console.log(`install footprint ${pkg}: ${f.packages} package(s), ${f.kB} kB on disk`);
}
console.log('tricky messages (ok = the content a user needs came through):');
let okPostal = 0;
let okMail = 0;
for (const t of tricky) {
  const p = await viaPostal(t.raw).then(t.expect, () => false);
  const m = await viaMailparser(t.raw).then(t.expect, () => false);
  if (p) okPostal++;
  if (m) okMail++;
  console.log(`  ${t.name}: postal-mime ${p ? 'ok' : 'WRONG'}, mailparser ${m ? 'ok' : 'WRONG'}`);
}
console.log(`  total: postal-mime ${okPostal}/${tricky.length}, mailparser ${okMail}/${tricky.length}`);

const sample = tricky.map((t) => t.raw);
const timeIt = async (fn: (raw: string) => Promise<unknown>, rounds: number) => {
  for (const raw of sample) await fn(raw);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const raw of sample) await fn(raw);
  return (rounds * sample.length) / ((performance.now() - t0) / 1000);
};
const postalRate = await timeIt(viaPostal, 300);
const mailRate = await timeIt(viaMailparser, 300);
console.log(`parse speed on those messages: postal-mime ${postalRate.toFixed(0)} msg/s, mailparser ${mailRate.toFixed(0)} msg/s (${(postalRate / mailRate).toFixed(1)}x)`);

// Reply parsing speed beside the peer on the longest shared fixture, when present.
const thread = new URL('../../../shared/fixtures/email/crisp/email_21.txt', import.meta.url).pathname;
try {
  const text = readFileSync(thread, 'utf8');
  const Peer = createRequire(import.meta.url)('email-reply-parser') as new () => { read(t: string): unknown };
  const rate = (fn: () => unknown) => {
    for (let i = 0; i < 50; i++) fn();
    const t0 = performance.now();
    let n = 0;
    while (performance.now() - t0 < 1000) {
      fn();
      n++;
    }
    return n / ((performance.now() - t0) / 1000);
  };
  const ours = rate(() => parseReply(text));
  const theirs = rate(() => new Peer().read(text));
  console.log(`reply parsing, ${text.length} chars: @rapport/email ${ours.toFixed(0)}/s, email-reply-parser ${theirs.toFixed(0)}/s (${(ours / theirs).toFixed(1)}x)`);
} catch {
  console.warn('shared fixtures absent: skipping the reply-parsing speed comparison');
}
