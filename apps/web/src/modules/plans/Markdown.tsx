import MarkdownIt, { type Token } from 'markdown-it';
import { createElement, Fragment, type ReactNode, useMemo } from 'react';
import { useT } from '../../i18n/I18n';
import { TableScroll } from '../../ui/TableScroll';

// Raw HTML stays text (html: false) and every node is a React element built here, so no string
// of HTML ever reaches the page: a section's text cannot run a script or restyle the app.
const parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false });

/** Block and inline tags a plan's text may use; anything else renders as its text. */
const TAGS = new Set(['p', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 's', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const SAFE_LINK = /^(https?:|mailto:)/i;

/** A section body (Markdown) as React elements. */
export function Markdown({ source }: { source: string }) {
  const nodes = useMemo(() => renderTokens(parser.parse(source, {})), [source]);
  return <>{nodes}</>;
}

interface Frame {
  readonly token: Token | null;
  readonly children: ReactNode[];
}

/** markdown-it's flat token list (open … close) to a tree of elements. */
export function renderTokens(tokens: readonly Token[]): ReactNode[] {
  const stack: Frame[] = [{ token: null, children: [] }];
  tokens.forEach((token, index) => {
    const top = stack[stack.length - 1];
    if (token.nesting === 1) {
      stack.push({ token, children: [] });
    } else if (token.nesting === -1) {
      const frame = stack.pop();
      if (!frame?.token) return;
      stack[stack.length - 1].children.push(element(frame.token, frame.children, index));
    } else {
      top.children.push(leaf(token, index));
    }
  });
  // Unbalanced input cannot happen with markdown-it, but whatever is left open still shows.
  while (stack.length > 1) {
    const frame = stack.pop();
    if (frame?.token) stack[stack.length - 1].children.push(element(frame.token, frame.children, -stack.length));
  }
  return stack[0].children;
}

function element(open: Token, children: ReactNode[], key: number): ReactNode {
  // Paragraphs of tight lists are hidden: their text sits right in the list item.
  if (open.hidden) return <Fragment key={key}>{children}</Fragment>;
  if (open.type === 'link_open') {
    const href = String(open.attrGet('href') ?? '');
    if (!SAFE_LINK.test(href)) return <Fragment key={key}>{children}</Fragment>;
    return (
      <a key={key} href={href} rel="noopener noreferrer nofollow">
        {children}
      </a>
    );
  }
  // A heading inside a list or a quote is part of a section's body, not of the page's outline.
  if (/^h[1-6]$/.test(open.tag)) {
    return (
      <p key={key} className="plan-text__subheading">
        <strong>{children}</strong>
      </p>
    );
  }
  if (open.tag === 'ol') {
    const start = Number(open.attrGet('start') ?? '1');
    return (
      <ol key={key} start={Number.isFinite(start) ? start : undefined}>
        {children}
      </ol>
    );
  }
  if (open.tag === 'th' || open.tag === 'td') {
    const align = /text-align:(left|right|center)/.exec(String(open.attrGet('style') ?? ''))?.[1];
    return createElement(open.tag, { key, className: align ? `align-${align}` : undefined, ...(open.tag === 'th' ? { scope: 'col' } : {}) }, children);
  }
  if (open.tag === 'table') {
    return <MarkdownTable key={key}>{children}</MarkdownTable>;
  }
  if (TAGS.has(open.tag)) return createElement(open.tag, { key }, children);
  return <Fragment key={key}>{children}</Fragment>;
}

function leaf(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'inline':
      return <Fragment key={key}>{renderTokens(token.children ?? [])}</Fragment>;
    case 'text':
    case 'html_inline':
    case 'html_block':
      return <Fragment key={key}>{token.content}</Fragment>;
    case 'code_inline':
      return <code key={key}>{token.content}</code>;
    case 'code_block':
    case 'fence':
      return (
        <pre key={key}>
          <code>{token.content}</code>
        </pre>
      );
    case 'softbreak':
      return '\n';
    case 'hardbreak':
      return <br key={key} />;
    case 'hr':
      return <hr key={key} />;
    case 'image':
      // Images would load from anywhere; their description is what the text says.
      return <Fragment key={key}>{token.content}</Fragment>;
    default:
      return token.content ? <Fragment key={key}>{token.content}</Fragment> : null;
  }
}

/** A table of the plan's text: the source gives it no caption, so its scroll box has a general name. */
function MarkdownTable({ children }: { children: ReactNode[] }) {
  const { t } = useT();
  return (
    <TableScroll label={t('plans.markdown.table')}>
      <table>{children}</table>
    </TableScroll>
  );
}
