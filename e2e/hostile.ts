// A dataset whose every free-text field carries hostile or awkward strings: XSS payloads, a
// javascript: URL, right-to-left and zero-width characters, astral characters before the passages
// (so UTF-16 offsets matter) and a very long string. Built in code so its offsets are exact.

export const PAYLOADS = {
  script: '<script>window.__pwned = "script"</script>',
  img: '<img src=x onerror="window.__pwned = \'img\'">',
  svg: '"><svg onload="window.__pwned = \'svg\'"><circle r=1 /></svg>',
  link: '<a href="javascript:window.__pwned=\'a\'">click me</a>',
  template: '{{constructor.constructor(\'window.__pwned = "tpl"\')()}}',
  rtl: 'abc \u202Eevil\u202C \u200Bzero\u200Dwidth\uFEFF',
  long: `${'very long '.repeat(600)}end`,
} as const;

const ASTRAL = '😀𝒳🇦🇫 ';

export function hostileDataset(): Record<string, unknown> {
  const passageA = `${PAYLOADS.img} was said on Friday.`;
  const passageB = `Then ${PAYLOADS.script} and ${PAYLOADS.rtl}.`;
  const text = [
    `${ASTRAL}${PAYLOADS.svg}`,
    `${ASTRAL.repeat(3)}${passageA}`,
    `${PAYLOADS.template} ${ASTRAL}`,
    passageB,
    PAYLOADS.long,
  ].join('\n\n');
  const passage = (exact: string) => {
    const start = text.indexOf(exact);
    if (start < 0 || text.indexOf(exact, start + 1) >= 0) throw new Error(`bad fixture: ${exact}`);
    const end = start + exact.length;
    return {
      source: 'hostile-source',
      exact,
      start,
      end,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    };
  };
  return {
    format: 'sourceline/1',
    id: 'hostile',
    title: `Hostile ${PAYLOADS.img}`,
    description: `${PAYLOADS.script} ${PAYLOADS.rtl}`,
    sources: [
      {
        id: 'hostile-source',
        title: PAYLOADS.svg,
        publisher: PAYLOADS.link,
        author: PAYLOADS.template,
        published: '2021-10-10',
        url: "javascript:window.__pwned='url'",
        attribution: PAYLOADS.script,
        text,
      },
    ],
    actors: [
      {
        id: 'villain',
        name: PAYLOADS.img,
        kind: 'person',
        aliases: [PAYLOADS.svg],
        description: PAYLOADS.script,
      },
      { id: 'rtl', name: `RTL ${PAYLOADS.rtl} ${ASTRAL}`, kind: 'other' },
    ],
    events: [
      {
        id: 'xss-event',
        title: PAYLOADS.img,
        summary: `${PAYLOADS.script} ${PAYLOADS.long}`,
        kind: 'statement',
        date: { value: '2021-10-08', expression: PAYLOADS.svg, note: PAYLOADS.link },
        actors: [{ id: 'villain', role: 'speaker' }],
        location: { name: PAYLOADS.template },
        passages: [passage(passageA)],
      },
      {
        id: 'rtl-event',
        title: `${PAYLOADS.rtl} ${ASTRAL}${PAYLOADS.script}`,
        summary: PAYLOADS.rtl,
        kind: 'attack',
        date: { value: '2021-10-09/2021-10-10', expression: ASTRAL, note: PAYLOADS.template },
        actors: [
          { id: 'rtl', role: 'participant' },
          { id: 'villain', role: 'target' },
        ],
        passages: [passage(passageB)],
      },
    ],
  };
}
