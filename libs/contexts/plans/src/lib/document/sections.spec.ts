import { type KnownSection, renderMarkdown, SECTION_KEY, type Section, splitSections } from './sections';

const STRATEGY = [
  'Dokument przyjęty uchwałą Rady Partnerstwa z dnia 12 marca 2025 r.',
  '',
  '# Strategia rozwoju ponadlokalnego Partnerstwa Żywiecczyzna',
  '',
  '## Diagnoza',
  '',
  'Gminy Rajcza, Ujsoły i Milówka łączy wspólny problem: odpływ młodych mieszkańców.',
  'Saldo migracji w latach 2015–2023 było ujemne w każdej z nich.',
  '',
  '## Cele strategiczne',
  '',
  '1. Zatrzymanie odpływu ludności.',
  '2. Rozwój turystyki całorocznej.',
  '',
  '## Kierunki działań',
  '',
  '```bash',
  '# to nie jest nagłówek, tylko komentarz w skrypcie',
  'echo "żółć"',
  '```',
  '',
  '## System wdrażania',
  '',
  'Koordynatorem jest Urząd Gminy Rajcza.',
  '',
].join('\n');

const known = (sections: readonly Section[]): KnownSection[] => sections.map(({ key, level, heading }) => ({ key, level, heading }));
const outline = (sections: readonly Section[]) => sections.map((section) => `${section.key} ${'#'.repeat(section.level)} ${section.heading}`.replace(/ +$/, ''));

describe('splitting a plan into sections', () => {
  const first = splitSections(STRATEGY, [], 1);

  it('gives a first text new keys in order, with the preamble as a level-0 section', () => {
    expect(first.problems).toEqual([]);
    expect(outline(first.sections)).toEqual([
      's1',
      's2 # Strategia rozwoju ponadlokalnego Partnerstwa Żywiecczyzna',
      's3 ## Diagnoza',
      's4 ## Cele strategiczne',
      's5 ## Kierunki działań',
      's6 ## System wdrażania',
    ]);
    expect(first.nextKeyNumber).toBe(7);
    expect(first.sections.map((section) => section.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(first.sections[0].body).toBe('Dokument przyjęty uchwałą Rady Partnerstwa z dnia 12 marca 2025 r.');
    expect(first.sections[1].body).toBe('');
    expect(first.sections[2].body).toBe('Gminy Rajcza, Ujsoły i Milówka łączy wspólny problem: odpływ młodych mieszkańców.\nSaldo migracji w latach 2015–2023 było ujemne w każdej z nich.');
  });

  it('keeps a # line inside a fenced code block in the body', () => {
    expect(first.sections[4].body).toBe('```bash\n# to nie jest nagłówek, tylko komentarz w skrypcie\necho "żółć"\n```');
  });

  it('round-trips: the rendered text splits back into the same sections, keys included', () => {
    const rendered = renderMarkdown(first.sections);
    expect(rendered).toContain('## Diagnoza {#s3}\n\nGminy Rajcza');
    expect(rendered).toContain('# Strategia rozwoju ponadlokalnego Partnerstwa Żywiecczyzna {#s2}\n\n## Diagnoza');
    expect(rendered.endsWith('Urząd Gminy Rajcza.\n')).toBe(true);
    const again = splitSections(rendered, known(first.sections), first.nextKeyNumber);
    expect(again).toEqual({ sections: first.sections, nextKeyNumber: 7, problems: [] });
  });

  it('keeps keys when the text and the headings above are edited, and a renamed heading keeps its written key', () => {
    const edited = renderMarkdown(first.sections)
      .replace('# Strategia rozwoju ponadlokalnego Partnerstwa Żywiecczyzna {#s2}', '# Strategia rozwoju ponadlokalnego na lata 2025–2030 {#s2}')
      .replace('## Diagnoza {#s3}', '## Diagnoza społeczno-gospodarcza {#s3}')
      .replace('odpływ młodych', 'stały odpływ młodych');
    const { sections, problems } = splitSections(edited, known(first.sections), 7);
    expect(problems).toEqual([]);
    expect(outline(sections)).toEqual([
      's1',
      's2 # Strategia rozwoju ponadlokalnego na lata 2025–2030',
      's3 ## Diagnoza społeczno-gospodarcza',
      's4 ## Cele strategiczne',
      's5 ## Kierunki działań',
      's6 ## System wdrażania',
    ]);
    expect(sections[2].body).toContain('stały odpływ młodych');
  });

  it('keeps the keys of unchanged headings when a client strips the attributes, and gives a renamed one a new key', () => {
    const stripped = renderMarkdown(first.sections).replace(/ \{#s\d+\}/g, '').replace('## Cele strategiczne', '## Cele  strategiczne  ').replace('## System wdrażania', '## System wdrażania i monitoringu');
    const { sections, nextKeyNumber, problems } = splitSections(stripped, known(first.sections), 7);
    expect(problems).toEqual([]);
    expect(sections.map((section) => section.key)).toEqual(['s1', 's2', 's3', 's4', 's5', 's7']);
    // Matching collapses whitespace; the heading itself is kept as written, only trimmed.
    expect(sections[3].heading).toBe('Cele  strategiczne');
    expect(nextKeyNumber).toBe(8);
  });

  it('matches headings case-sensitively and with exact diacritics', () => {
    const { sections } = splitSections('## diagnoza\n\n## Kierunki dzialan\n\n## Kierunki działań', known(first.sections), 7);
    expect(sections.map((section) => section.key)).toEqual(['s7', 's8', 's5']);
  });

  it('follows sections moved around, by their written keys', () => {
    const [preamble, title, diagnosis, goals, directions, implementation] = first.sections;
    const reordered = renderMarkdown([preamble, title, goals, implementation, diagnosis, directions]);
    const { sections, problems } = splitSections(reordered, known(first.sections), 7);
    expect(problems).toEqual([]);
    expect(outline(sections)).toEqual(['s1', 's2 # Strategia rozwoju ponadlokalnego Partnerstwa Żywiecczyzna', 's4 ## Cele strategiczne', 's6 ## System wdrażania', 's3 ## Diagnoza', 's5 ## Kierunki działań']);
    expect(sections[4].body).toBe(diagnosis.body);
  });

  it('lets an explicit key win over a keyless heading written earlier with the same text', () => {
    const { sections } = splitSections('## Diagnoza\n\nnowa\n\n## Diagnoza {#s3}\n\nstara', known(first.sections), 7);
    expect(sections.map((section) => [section.key, section.body])).toEqual([
      ['s7', 'nowa'],
      ['s3', 'stara'],
    ]);
  });

  it('reads setext headings, gives them back as ATX, and joins a two-line one', () => {
    const text = 'Diagnoza {#s3}\n========\n\nTreść diagnozy.\n\nCele\nstrategiczne\n------------\n\n1. Turystyka.';
    const { sections, problems } = splitSections(text, known(first.sections), 7);
    expect(problems).toEqual([]);
    expect(sections.map(({ key, level, heading, body }) => [key, level, heading, body])).toEqual([
      ['s3', 1, 'Diagnoza', 'Treść diagnozy.'],
      ['s4', 2, 'Cele strategiczne', '1. Turystyka.'],
    ]);
    expect(renderMarkdown(sections)).toBe('# Diagnoza {#s3}\n\nTreść diagnozy.\n\n## Cele strategiczne {#s4}\n\n1. Turystyka.\n');
  });

  it('keeps the preamble key while the preamble exists, and needs none when there is no preamble', () => {
    expect(splitSections('Wstęp zmieniony.\n\n## Diagnoza', known(first.sections), 7).sections.map((section) => section.key)).toEqual(['s1', 's3']);
    expect(splitSections('\n  \n## Diagnoza\n', known(first.sections), 7).sections.map((section) => section.key)).toEqual(['s3']);
    const onlyText = splitSections('Sam tekst, bez nagłówków.\r\nDruga linia.', [], 1);
    expect(onlyText.sections).toEqual([{ key: 's1', level: 0, heading: '', body: 'Sam tekst, bez nagłówków.\nDruga linia.', position: 0 }]);
    // An empty heading never takes the preamble's key.
    expect(splitSections('##\n\ntreść', known(first.sections), 7).sections[0].key).toBe('s7');
  });

  it('reports unknown and duplicate keys with the heading and its 1-based line, and still splits', () => {
    const text = 'Wstęp.\r\n\r\n## Diagnoza {#s3}\r\n\r\nA.\r\n\r\n## Cele {#s99}\r\n\r\n## Diagnoza bis {#s3}\r\n';
    const { sections, problems } = splitSections(text, known(first.sections), 7);
    expect(problems).toEqual([
      { kind: 'unknownKey', key: 's99', heading: 'Cele', line: 7 },
      { kind: 'duplicateKey', key: 's3', heading: 'Diagnoza bis', line: 9 },
    ]);
    expect(sections.map((section) => section.key)).toEqual(['s1', 's3', 's7', 's8']);
  });

  it('leaves a trailing {#…} that is not a valid key in the heading text', () => {
    const text = '## Wstęp {#intro}\n\n## Cele {#s0}\n\n## Budżet {#s1234567}\n\n## Działania{#s5}\n\n## Cele {#s4} ##';
    const { sections, problems } = splitSections(text, known(first.sections), 7);
    expect(problems).toEqual([]);
    expect(sections.map((section) => [section.key, section.heading])).toEqual([
      ['s7', 'Wstęp {#intro}'],
      ['s8', 'Cele {#s0}'],
      ['s9', 'Budżet {#s1234567}'],
      ['s10', 'Działania{#s5}'],
      ['s4', 'Cele'],
    ]);
    expect(splitSections(renderMarkdown(sections), known(sections), 11).sections).toEqual(sections);
  });

  it('splits only at top-level headings: one in a list item, block quote or HTML block is body text', () => {
    const text = '## Kierunki działań\n\n- # Turystyka\n\n> ## Cytat z uchwały\n\n<div>\n# nie nagłówek\n</div>\n\n    # kod wcięty';
    const { sections } = splitSections(text, [], 1);
    expect(sections).toHaveLength(1);
    expect(sections[0].body).toBe(text.slice('## Kierunki działań\n\n'.length));
  });

  it('keeps bodies byte for byte inside, trimming only blank lines around them', () => {
    const body = '  Wcięty akapit  \n\n\n\tz tabulatorem, 🌲 i „cudzysłowem”.  ';
    const { sections } = splitSections(`## Kierunki działań\n \n\t\n${body}\n\n   \n`, [], 1);
    expect(sections[0].body).toBe(body);
    expect(splitSections(renderMarkdown(sections), known(sections), 2).sections).toEqual(sections);
  });

  it('round-trips any mix of tricky lines: fences, setext underlines, HTML, nested and empty headings', () => {
    const pieces = ['# A', '## Diagnoza {#s2}', 'Cele\n===', 'x\n---', '```', '~~~', '    # kod', '- # punkt', '> # cytat', '<div>', '</div>', '<!--', '-->', '', '  ', '\t', 'tekst ż 🚀'];
    pieces.push('## {#s1}', '#', '###### Z #', 'a {#foo}', '---', '[x]: /u', '## C# {#s3} ##', '\\# nie', '#\tTab', '  ## wcięty', '=== ');
    let seed = 16;
    const next = (below: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % below;
    for (let run = 0; run < 3000; run++) {
      const text = Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join(next(3) === 0 ? '\r\n' : '\n');
      const { sections, nextKeyNumber } = splitSections(text, [], 1);
      expect(new Set(sections.map((section) => section.key)).size).toBe(sections.length);
      const again = splitSections(renderMarkdown(sections), known(sections), nextKeyNumber);
      expect({ text, ...again }).toEqual({ text, sections, nextKeyNumber, problems: [] });
    }
  });

  it('never hands out a key already in use, whatever counter it is given', () => {
    const { sections, nextKeyNumber } = splitSections('## Nowy\n\n## Diagnoza {#s3}\n\n## Zły {#s8}', known(first.sections), 3);
    expect(sections.map((section) => section.key)).toEqual(['s7', 's3', 's9']);
    expect(nextKeyNumber).toBe(10);
  });

  it('renders nothing for no sections, and keys look like SECTION_KEY', () => {
    expect(renderMarkdown([])).toBe('');
    expect(splitSections('', [], 1)).toEqual({ sections: [], nextKeyNumber: 1, problems: [] });
    expect(first.sections.every((section) => SECTION_KEY.test(section.key))).toBe(true);
    expect(['s0', 's01', 'S1', 's1234567', 'x1'].some((key) => SECTION_KEY.test(key))).toBe(false);
  });
});
