import { describe, expect, it } from 'vitest';
import {
  EMBED_DEFAULT_HEIGHT,
  embedSnippet,
  escapeAttribute,
  heightMessage,
  resizeScript,
  viewAddress,
} from './embedding';
import { decodeView } from './urlCodec';
import { DEFAULT_VIEW } from './viewState';

describe('embedding', () => {
  const app = 'https://sourceline.example/app/';

  it('addresses the same view, embedded or not', () => {
    const view = {
      ...DEFAULT_VIEW,
      event: 'doha-talks',
      filters: { ...DEFAULT_VIEW.filters, kinds: ['attack'] },
    };
    const embedded = viewAddress(app, view, true);
    expect(embedded).toBe('https://sourceline.example/app/?event=doha-talks&kinds=attack&embed=1');
    expect(viewAddress(app, { ...view, embed: true }, false)).toBe(
      'https://sourceline.example/app/?event=doha-talks&kinds=attack',
    );
    expect(decodeView(new URL(embedded).search).view).toEqual({ ...view, embed: true });
  });

  it('writes an iframe with a title naming the dataset, full width, lazy, with a height', () => {
    expect(embedSnippet(`${app}?embed=1`, 'US–Taliban talks')).toBe(
      `<iframe src="${app}?embed=1" title="US–Taliban talks — a Sourceline timeline" width="100%" height="${EMBED_DEFAULT_HEIGHT}" loading="lazy" style="border: 0"></iframe>`,
    );
  });

  it('escapes a hostile title and address, so the snippet is one inert iframe', () => {
    const snippet = embedSnippet(
      `${app}?q=a"b&embed=1`,
      "\"><script>alert(1)</script><img src=x onerror='alert(2)'>",
    );
    expect(snippet).not.toContain('<script');
    expect(snippet).not.toContain('<img');
    // Six attributes, each quoted once.
    expect(snippet.match(/"/g)?.length).toBe(12);
    expect(snippet).toContain('src="https://sourceline.example/app/?q=a&quot;b&amp;embed=1"');
    expect(escapeAttribute(`&"'<>`)).toBe('&amp;&quot;&#39;&lt;&gt;');
  });

  it('gives a host script that trusts only the app’s origin and the frame that sent it', () => {
    const script = resizeScript('https://sourceline.example');
    expect(script).toContain('event.origin !== "https://sourceline.example"');
    expect(script).toContain("event.data?.type !== 'sourceline:height'");
    expect(script).toContain('frame.contentWindow === event.source');
  });

  it('posts whole, non-negative heights', () => {
    expect(heightMessage(412.2)).toEqual({ type: 'sourceline:height', height: 413 });
    expect(heightMessage(-5)).toEqual({ type: 'sourceline:height', height: 0 });
  });
});
