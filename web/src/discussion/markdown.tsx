import type { ComponentChildren, VNode } from 'preact';

// A comment's Markdown, made safe by construction: the text becomes Preact elements, never HTML, so
// nothing a comment says can run or restyle the page. What it knows: paragraphs, line breaks, lists
// ("- ", "* ", "1. "), **bold**, *italic* or _italic_, `code`, [links](https://…) to web and mail
// addresses only, and @mentions of the people the comment names.
export function Markdown(props: { text: string; mentions?: string[] }) {
  const blocks = props.text.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  return <>{blocks.map((block, i) => renderBlock(block, i, props.mentions ?? []))}</>;
}

const bullet = /^\s*[-*]\s+/;
const numbered = /^\s*\d+[.)]\s+/;

function renderBlock(block: string, key: number, mentions: string[]): VNode | null {
  const lines = block.split('\n').filter((l) => l.trim() !== '');
  if (lines.length === 0) return null;
  if (lines.every((l) => bullet.test(l))) {
    return <ul key={key}>{lines.map((l, i) => <li key={i}>{inline(l.replace(bullet, ''), mentions)}</li>)}</ul>;
  }
  if (lines.every((l) => numbered.test(l))) {
    return <ol key={key}>{lines.map((l, i) => <li key={i}>{inline(l.replace(numbered, ''), mentions)}</li>)}</ol>;
  }
  const parts: ComponentChildren[] = [];
  lines.forEach((l, i) => {
    if (i > 0) parts.push(<br key={`br${i}`} />);
    parts.push(<span key={i}>{inline(l, mentions)}</span>);
  });
  return <p key={key}>{parts}</p>;
}

// Only these addresses become links; anything else (javascript:, data:, relative paths) stays text.
export function safeHref(url: string): string | null {
  return /^(https?:\/\/|mailto:)[^\s]+$/i.test(url) ? url : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function inline(text: string, mentions: string[]): ComponentChildren[] {
  const names = [...mentions].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const mention = names.length ? `|@(?:${names.join('|')})` : '';
  const pattern = new RegExp(
    '(`[^`]+`|\\*\\*[^*]+\\*\\*|\\*[^*\\s][^*]*\\*|_[^_\\s][^_]*_|\\[[^\\]]+\\]\\([^)\\s]+\\)' + mention + ')', 'g');
  const out: ComponentChildren[] = [];
  let last = 0;
  let n = 0;
  for (const match of text.matchAll(pattern)) {
    const token = match[0];
    const at = match.index ?? 0;
    if (at > last) out.push(text.slice(last, at));
    last = at + token.length;
    const key = n++;
    if (token.startsWith('`')) out.push(<code key={key}>{token.slice(1, -1)}</code>);
    else if (token.startsWith('**')) out.push(<strong key={key}>{token.slice(2, -2)}</strong>);
    else if (token.startsWith('*') || token.startsWith('_')) out.push(<em key={key}>{token.slice(1, -1)}</em>);
    else if (token.startsWith('@')) out.push(<strong key={key} class="mention">{token}</strong>);
    else {
      const [, label, url] = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(token)!;
      const href = safeHref(url);
      out.push(href ? <a key={key} href={href} rel="noopener noreferrer nofollow" target="_blank">{label}</a> : token);
    }
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
