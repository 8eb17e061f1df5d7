import { describe, expect, it } from 'vitest';
import { composeMessages, sharedTopLevelKeys } from './messages';

describe('composeMessages', () => {
  it('merges the modules’ texts beside the shared ones, in every language', () => {
    const merged = composeMessages({ th: { nav: { press: 'บริการข่าว' } }, en: { nav: { press: 'Press' } } }, [{ th: { press: { title: 'ข่าว' } }, en: { press: { title: 'News' } } }]);
    expect(merged.th).toEqual({ nav: { press: 'บริการข่าว' }, press: { title: 'ข่าว' } });
    expect(merged.en).toEqual({ nav: { press: 'Press' }, press: { title: 'News' } });
  });

  it('names the top-level keys two bundles both define', () => {
    expect(sharedTopLevelKeys([{ nav: 1, press: 1 }, { press: 2 }, { surveys: 3, nav: 4 }]).sort()).toEqual(['nav', 'press']);
    expect(sharedTopLevelKeys([{ a: 1 }, { b: 2 }])).toEqual([]);
  });
});
