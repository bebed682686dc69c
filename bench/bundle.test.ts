import { describe, expect, it } from 'vitest';
import { firstPaintFiles } from './bundle';

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
