/**
 * The guide's pages and pictures, taken from docs/guide at build time: the Markdown as text and
 * each PNG as a file of the built renderer (out/renderer/assets), so the guide opens on an
 * office PC with no network and always matches the version installed.
 */
const PAGES = import.meta.glob<string>('../../../docs/guide/*.md', { query: '?raw', import: 'default', eager: true });
const IMAGES = import.meta.glob<string>('../../../docs/guide/images/*.png', { query: '?url', import: 'default', eager: true });

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

const pageByName = new Map(Object.entries(PAGES).map(([path, text]) => [fileName(path).replace(/\.md$/, ''), text]));
const imageByName = new Map(Object.entries(IMAGES).map(([path, url]) => [fileName(path), url]));

/** A page's Markdown: '' or undefined is the contents (README.md). */
export function guidePage(name: string | undefined): string | undefined {
  return pageByName.get(!name ? 'README' : name);
}

export function guideImageUrl(name: string): string | undefined {
  return imageByName.get(name);
}
