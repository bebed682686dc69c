import { describe, expect, it } from 'vitest';
import { decodeLocation, decodePath, encodeLocation, pagePath } from './sitePaths';
import { DEFAULT_VIEW } from './viewState';

const site = { base: '/', defaultDataset: 'doha-talks-2021' };
const sub = { base: '/sub/', defaultDataset: 'doha-talks-2021' };

describe('the path form of a view', () => {
  it('names a bundled dataset’s pages under the base', () => {
    expect(pagePath(site, { dataset: null, event: null })).toBe('/');
    expect(pagePath(site, { dataset: 'doha-talks-2021', event: 'doha-talks' })).toBe(
      '/events/doha-talks/',
    );
    expect(pagePath(sub, { dataset: 'other', event: 'e' })).toBe('/sub/datasets/other/events/e/');
    expect(pagePath(sub, { dataset: 'other', event: null })).toBe('/sub/datasets/other/');
  });

  it('reads paths with or without the final slash or index.html, and refuses others', () => {
    expect(decodePath('/events/a/', '/')).toEqual({ dataset: null, event: 'a' });
    expect(decodePath('/events/a', '/')).toEqual({ dataset: null, event: 'a' });
    expect(decodePath('/events/a/index.html', '/')).toEqual({ dataset: null, event: 'a' });
    expect(decodePath('/sub', '/sub/')).toEqual({ dataset: null, event: null });
    expect(decodePath('/sub/datasets/x/events/y/', '/sub/')).toEqual({ dataset: 'x', event: 'y' });
    expect(decodePath('/events/', '/')).toBeNull();
    expect(decodePath('/events/A%20b/', '/')).toBeNull();
    expect(decodePath('/other/a/', '/')).toBeNull();
    expect(decodePath('/events/a/b/', '/')).toBeNull();
    expect(decodePath('/elsewhere/', '/sub/')).toBeNull();
  });

  it('writes a bundled dataset’s view as its page plus the rest of the view', () => {
    const view = {
      ...DEFAULT_VIEW,
      event: 'doha-talks',
      filters: { ...DEFAULT_VIEW.filters, kinds: ['attack'] },
    };
    expect(encodeLocation(view, site)).toBe('/events/doha-talks/?kinds=attack');
    expect(encodeLocation({ ...view, dataset: 'doha-talks-2021' }, site)).toBe(
      '/events/doha-talks/?kinds=attack',
    );
    expect(encodeLocation({ ...view, dataset: 'other' }, sub)).toBe(
      '/sub/datasets/other/events/doha-talks/?kinds=attack',
    );
    expect(encodeLocation(DEFAULT_VIEW, sub)).toBe('/sub/');
  });

  it('keeps the query form for addresses, drafts and the compact view', () => {
    const view = { ...DEFAULT_VIEW, event: 'e' };
    expect(encodeLocation({ ...view, dataset: 'https://example.org/d.json' }, site)).toBe(
      '/?dataset=https://example.org/d.json&event=e',
    );
    expect(encodeLocation({ ...view, dataset: 'draft:abc' }, site)).toBe(
      '/?dataset=draft:abc&event=e',
    );
    expect(encodeLocation({ ...view, embed: true }, sub)).toBe('/sub/?event=e&embed=1');
  });

  it('reads old query links as before, and both forms to the same view', () => {
    const old = decodeLocation('/', '?event=doha-talks&kinds=attack', site);
    const paged = decodeLocation('/events/doha-talks/', '?kinds=attack', site);
    expect(paged).toEqual(old);
    expect(old.notices).toEqual([]);
    for (const address of ['/events/doha-talks/?kinds=attack', '/datasets/x/?q=tal', '/']) {
      const url = new URL(address, 'https://app.test');
      const { view } = decodeLocation(url.pathname, url.search, site);
      expect(encodeLocation(view, site)).toBe(address);
    }
  });

  it('takes the path’s event over the query’s, and says so', () => {
    const { view, notices } = decodeLocation('/events/a/', '?event=b', site);
    expect(view.event).toBe('a');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toMatch(
      /^The link names the event twice, in its path and as “event”; the path’s “.a.” is used\.$/u,
    );
  });

  it('reads the rest of a link whose path is not a page, with a notice', () => {
    const { view, notices } = decodeLocation('/nowhere/<script>/', '?event=a', site);
    expect(view.event).toBe('a');
    expect(notices[0]?.text).toMatch(/is not a page of Sourceline/);
  });
});
