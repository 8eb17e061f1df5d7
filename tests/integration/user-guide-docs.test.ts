import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideImageName, guidePageOf, guideReferences, renderGuide } from '../../src-renderer/features/guide/render-guide';

/**
 * The office-user guide (docs/guide, issue 22): every picture its pages show exists (the E2E
 * run writes them: tests/e2e/user-guide.spec.ts), every link goes to one of its own pages, and
 * the app's rendering turns both into what the bundled app can open offline.
 */
const GUIDE = resolve(import.meta.dirname, '../../docs/guide');
const pages = readdirSync(GUIDE).filter((f) => f.endsWith('.md'));

describe('docs/guide', () => {
  it('has the contents and one page per work group plus the page for everyone', () => {
    expect(pages.sort()).toEqual(['README.md', 'digest.md', 'director.md', 'evaluation.md', 'everyone.md', 'monitoring.md', 'plans.md', 'press.md']);
  });

  it.each(pages)('%s: every picture is in docs/guide/images and every link is a page of the guide', (page) => {
    const { images, links } = guideReferences(readFileSync(join(GUIDE, page), 'utf8'));
    for (const href of images) {
      const name = guideImageName(href);
      expect(name, `${page}: ${href} is not images/<name>.png`).not.toBeNull();
      const file = join(GUIDE, 'images', name ?? '');
      expect(existsSync(file), `${page}: ${href} is missing`).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(10_000);
    }
    for (const href of links) {
      expect(guidePageOf(href), `${page}: ${href} is not a page of the guide`).not.toBeNull();
      expect(existsSync(join(GUIDE, href)), `${page}: ${href} is missing`).toBe(true);
    }
  });

  it('shows every picture in docs/guide/images somewhere (no stale screenshots left behind)', () => {
    const shown = new Set(pages.flatMap((p) => guideReferences(readFileSync(join(GUIDE, p), 'utf8')).images.map((h) => guideImageName(h))));
    expect(readdirSync(join(GUIDE, 'images')).filter((f) => !shown.has(f))).toEqual([]);
  });

  it("renders pictures as the app's bundled files and links as the app's routes", () => {
    const html = renderGuide('[กลุ่มงานประเมินผล](evaluation.md) [สารบัญ](README.md)\n\n![แดชบอร์ด](images/dashboard.png)', (name) => `/assets/${name}`);
    expect(html).toContain('<a href="#/guide/evaluation">กลุ่มงานประเมินผล</a>');
    expect(html).toContain('<a href="#/guide">สารบัญ</a>');
    expect(html).toContain('<img src="/assets/dashboard.png" alt="แดชบอร์ด">');
  });
});
