import { describe, expect, it } from 'vitest';
import { filesNamedByHtml, firstPaintFiles } from './bundle';

describe('first-paint files', () => {
  it('follows static imports from the entry, not dynamic ones', () => {
    const files = firstPaintFiles({
      'index.html': {
        file: 'assets/index.js',
        isEntry: true,
        imports: ['_shared.js'],
        css: ['assets/index.css'],
      },
      '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
      'src/timeline/TimelinePane.tsx': { file: 'assets/TimelinePane.js', imports: ['_shared.js'] },
    });
    expect([...files].sort()).toEqual(['assets/index.css', 'assets/index.js', 'assets/shared.js']);
  });
});

describe('first-paint files without a manifest', () => {
  it('are the files the HTML names: its entry, the modules it preloads, its styles', () => {
    const html = `<script type="module" crossorigin src="/assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/store-2.js">
      <link rel="stylesheet" crossorigin href="/assets/index-3.css">
      <link rel="icon" href="/favicon.svg">`;
    expect([...filesNamedByHtml(html)].sort()).toEqual([
      'assets/index-1.js',
      'assets/index-3.css',
      'assets/store-2.js',
    ]);
  });
});
