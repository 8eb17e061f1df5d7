import { Marked, type Token, type Tokens } from 'marked';

/** marked's Token includes a generic kind whose fields are `any`: read these two by their own types. */
const asLink = (token: Token): Tokens.Image | Tokens.Link | null => (token.type === 'image' || token.type === 'link' ? (token as Tokens.Image | Tokens.Link) : null);

/**
 * The guide's Markdown (docs/guide/*.md, written for office staff and readable on GitHub as
 * it is) as HTML for the in-app page. Links between its pages ("press.md") become the app's
 * routes ("#/guide/press"); pictures ("images/x.png") become the files bundled with the app.
 * The Markdown is ours, bundled at build time, never typed by a user or synced, and the page's
 * CSP runs no inline script, so marked's HTML is shown as it is.
 */
export function renderGuide(markdown: string, imageUrl: (name: string) => string | undefined): string {
  const marked = new Marked({
    gfm: true,
    walkTokens(token: Token) {
      const ref = asLink(token);
      if (ref?.type === 'image') {
        const name = guideImageName(ref.href);
        ref.href = (name && imageUrl(name)) ?? '';
      } else if (ref?.type === 'link') {
        const page = guidePageOf(ref.href);
        if (page !== null) ref.href = page ? `#/guide/${page}` : '#/guide';
      }
    },
  });
  return marked.parse(markdown, { async: false });
}

/** "images/dashboard.png" → "dashboard.png"; null for a picture outside docs/guide/images. */
export function guideImageName(href: string): string | null {
  return /^images\/([a-z0-9-]+\.png)$/.exec(href)?.[1] ?? null;
}

/** "press.md" → "press", "README.md" → "" (the contents); null for anything else. */
export function guidePageOf(href: string): string | null {
  const page = /^([A-Za-z0-9-]+)\.md$/.exec(href)?.[1];
  if (page === undefined) return null;
  return page === 'README' ? '' : page;
}

/** Every picture and every link a page of the guide refers to (the docs test checks them). */
export function guideReferences(markdown: string): { images: string[]; links: string[] } {
  const images: string[] = [];
  const links: string[] = [];
  new Marked({
    walkTokens(token: Token) {
      const ref = asLink(token);
      if (ref?.type === 'image') images.push(ref.href);
      else if (ref?.type === 'link') links.push(ref.href);
    },
  }).parse(markdown, { async: false });
  return { images, links };
}
