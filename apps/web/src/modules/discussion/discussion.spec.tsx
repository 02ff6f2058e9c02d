import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Translate } from '../../i18n/I18n';
import { MESSAGES } from '../../i18n/messages';
import { fileKind, fileSize } from './file-words';
import { insertMention, matchPeople, mentionQueryAt } from './mention-query';
import { MentionTextArea } from './MentionTextArea';
import { gminaNote, mayArchiveFile, mayComment, mayUpload, type Reader } from './rules';

const translator = (locale: 'pl' | 'en'): Translate => {
  const intl = createIntl({ locale: locale === 'pl' ? 'pl-PL' : 'en-GB', messages: MESSAGES[locale] });
  return (id, values) => intl.formatMessage({ id }, values as Record<string, string | number>);
};
const pl = translator('pl');
const en = translator('en');
const NBSP = '\u00a0';

const ANNA = { userId: '11111111-1111-4111-8111-111111111111', name: 'Anna Zięba', detail: 'Rajcza' };
const LUKASZ = { userId: '22222222-2222-4222-8222-222222222222', name: 'Łukasz Nowak', detail: 'Milówka' };
const ANDRZEJ = { userId: '33333333-3333-4333-8333-333333333333', name: 'Andrzej Kowalski', detail: null };
const PEOPLE = [LUKASZ, ANNA, ANDRZEJ];
const collator = new Intl.Collator('pl');

describe('file sizes in words', () => {
  it('counts bytes in the four Polish forms, 0 to 25', () => {
    const forms = Array.from({ length: 26 }, (_, n) => fileSize(n, 'pl', pl));
    expect(forms.slice(0, 6)).toEqual(['0 bajtów', '1 bajt', '2 bajty', '3 bajty', '4 bajty', '5 bajtów']);
    expect(forms.slice(12, 15)).toEqual(['12 bajtów', '13 bajtów', '14 bajtów']);
    expect(forms.slice(21, 26)).toEqual(['21 bajtów', '22 bajty', '23 bajty', '24 bajty', '25 bajtów']);
  });

  it('writes larger files with a decimal comma and a no-break space, in 1024s', () => {
    expect(fileSize(1023, 'pl', pl)).toBe('1023 bajty');
    expect(fileSize(1024, 'pl', pl)).toBe(`1${NBSP}kB`);
    expect(fileSize(348_160, 'pl', pl)).toBe(`340${NBSP}kB`);
    expect(fileSize(1_258_291, 'pl', pl)).toBe(`1,2${NBSP}MB`);
    expect(fileSize(26_214_400, 'pl', pl)).toBe(`25${NBSP}MB`);
    expect(fileSize(1_048_575, 'pl', pl)).toBe(`1${NBSP}MB`);
    expect(fileSize(3 * 1024 ** 3, 'pl', pl)).toBe(`3${NBSP}GB`);
    expect(fileSize(1_258_291, 'en', en)).toBe(`1.2${NBSP}MB`);
    expect(fileSize(1, 'en', en)).toBe('1 byte');
  });

  it('names a file type in words from the type found in its bytes', () => {
    expect(fileKind('application/pdf', pl)).toBe('Dokument PDF');
    expect(fileKind('text/plain; charset=utf-8', pl)).toBe('Zwykły tekst');
    expect(fileKind('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pl)).toBe('Arkusz Excel');
    expect(fileKind('application/x-unknown', pl)).toBe('Plik (application/x-unknown)');
    expect(fileKind('image/png', en)).toBe('PNG image');
  });
});

describe('mentions being typed', () => {
  it('finds the query after an @ at a word start, up to the cursor', () => {
    expect(mentionQueryAt('Proszę @an', 10)).toEqual({ start: 7, query: 'an' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('Proszę @Anna Z', 14)).toEqual({ start: 7, query: 'Anna Z' });
    expect(mentionQueryAt('adres a@b.pl', 9)).toBeNull();
    expect(mentionQueryAt('@[Anna Zięba](x) dalej', 22)).toBeNull();
    expect(mentionQueryAt('@an\nnowa linia', 14)).toBeNull();
    expect(mentionQueryAt('bez małpy', 9)).toBeNull();
  });

  it('matches word starts without diacritics, in Polish order', () => {
    expect(matchPeople(PEOPLE, 'an', collator.compare).map((p) => p.name)).toEqual(['Andrzej Kowalski', 'Anna Zięba']);
    expect(matchPeople(PEOPLE, 'zieba', collator.compare).map((p) => p.name)).toEqual(['Anna Zięba']);
    expect(matchPeople(PEOPLE, 'lukasz', collator.compare).map((p) => p.name)).toEqual(['Łukasz Nowak']);
    expect(matchPeople(PEOPLE, 'anna z', collator.compare).map((p) => p.name)).toEqual(['Anna Zięba']);
    expect(matchPeople(PEOPLE, 'nna', collator.compare)).toEqual([]);
    expect(matchPeople(PEOPLE, '', collator.compare)).toHaveLength(3);
  });

  it('replaces the query with the API token and a space', () => {
    const text = 'Proszę @an o opinię';
    expect(insertMention(text, { start: 7, query: 'an' }, 10, ANNA)).toEqual({ text: `Proszę @[Anna Zięba](${ANNA.userId}) o opinię`, caret: 7 + `@[Anna Zięba](${ANNA.userId}) `.length });
  });
});

function Field() {
  const [text, setText] = useState('');
  return (
    <I18nProvider initial="pl">
      <MentionTextArea idPrefix="t" name="body" label="Twój komentarz" value={text} onChange={setText} people={PEOPLE} limit={20} />
      <pre data-testid="value">{text}</pre>
    </I18nProvider>
  );
}

describe('the mention combobox', () => {
  it('lists matching people as the text is typed, moves with the arrows and inserts with Enter', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const area = screen.getByLabelText('Twój komentarz');
    expect(area).toHaveAttribute('aria-autocomplete', 'list');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.type(area, 'Hej @an');
    const list = screen.getByRole('listbox', { name: 'Osoby do wzmianki' });
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Andrzej Kowalski', 'Anna Zięba (Rajcza)']);
    expect(area).toHaveAttribute('aria-controls', list.id);
    expect(area).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status').textContent).toContain('2 osoby pasują');
    await user.keyboard('{ArrowDown}');
    expect(area).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{ArrowDown}');
    expect(area).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(screen.getByTestId('value').textContent).toBe(`Hej @[Anna Zięba](${ANNA.userId}) `);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(area).not.toHaveAttribute('aria-activedescendant');
    expect(screen.getByRole('status').textContent).toBe('Wstawiono wzmiankę: Anna Zięba.');
    expect(area).toHaveFocus();
  });

  it('says the keys once as the list opens, then only how many match; Tab leaves the field and Enter while composing is the input method’s', async () => {
    const user = userEvent.setup();
    render(
      <>
        <Field />
        <button type="button">dalej</button>
      </>,
    );
    const area = screen.getByLabelText('Twój komentarz');
    await user.type(area, '@');
    const status = () => screen.getByRole('status').textContent;
    expect(status()).toBe('3 osoby pasują: strzałki w górę i w dół wybierają, Enter wstawia wzmiankę, Escape zamyka listę.');
    await user.type(area, 'an');
    expect(status()).toBe('2 osoby pasują.');
    await user.type(area, 'n');
    expect(status()).toBe('1 osoba pasuje.');
    // An input method's Enter (composing) inserts nothing.
    const { fireEvent } = await import('@testing-library/react');
    fireEvent.keyDown(area, { key: 'Enter', keyCode: 229, isComposing: true });
    expect(screen.getByTestId('value').textContent).toBe('@ann');
    await user.keyboard('{Tab}');
    expect(screen.getByTestId('value').textContent).toBe('@ann');
    expect(screen.getByRole('button', { name: 'dalej' })).toHaveFocus();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('closes with Escape (Enter is a new line again) and says when nobody matches', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const area = screen.getByLabelText('Twój komentarz');
    await user.type(area, '@zz');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Nikt z partnerstwa nie pasuje do „zz”.');
    await user.clear(area);
    await user.type(area, '@ł');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Łukasz Nowak (Milówka)']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('value').textContent).toBe('@ł\n');
  });

  it('shows what is left of the limit, in Polish plural forms, and what is over it', async () => {
    const user = userEvent.setup();
    render(<Field />);
    const area = screen.getByLabelText('Twój komentarz');
    expect(area).toHaveAccessibleDescription(expect.stringContaining('Zostało 20 znaków z 20'));
    await user.type(area, 'x'.repeat(18));
    expect(area).toHaveAccessibleDescription(expect.stringContaining('Zostały 2 znaki z 20'));
    await user.type(area, 'x');
    expect(area).toHaveAccessibleDescription(expect.stringContaining('Został 1 znak z 20'));
    await user.type(area, 'xxxxx');
    expect(area).toHaveAccessibleDescription(expect.stringContaining('Za dużo o 4 znaki (najwyżej 20)'));
  });
});

describe('comment counts', () => {
  it('uses the four Polish forms, 0 to 25', () => {
    const forms = Array.from({ length: 26 }, (_, n) => pl('discussion.count', { n }));
    expect(forms.slice(0, 6)).toEqual(['0 komentarzy', '1 komentarz', '2 komentarze', '3 komentarze', '4 komentarze', '5 komentarzy']);
    expect(forms.slice(11, 15)).toEqual(['11 komentarzy', '12 komentarzy', '13 komentarzy', '14 komentarzy']);
    expect(forms.slice(21, 26)).toEqual(['21 komentarzy', '22 komentarze', '23 komentarze', '24 komentarze', '25 komentarzy']);
    expect(pl('discussion.files.count', { n: 22 })).toBe('22 pliki');
    expect(en('discussion.count', { n: 1 })).toBe('1 comment');
  });
});

describe('who may do what (the README policy table)', () => {
  const as = (role: Reader['role'], gminaId: string | null = null): Reader => ({ userId: 'me', role, gminaId });

  it('lets every role but observers comment, while nothing is archived', () => {
    expect([as('COORDINATOR'), as('COUNCIL_MEMBER'), as('GMINA_OFFICIAL', 'g1'), as('ADVISOR'), as('OBSERVER'), as(null)].map((reader) => mayComment(reader, false))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(mayComment(as('COORDINATOR'), true)).toBe(false);
  });

  it('lets coordinators upload, and officials of a gmina taking part or the task’s assignee', () => {
    expect(mayUpload(as('COORDINATOR'), false, [])).toBe(true);
    expect(mayUpload(as('GMINA_OFFICIAL', 'g1'), false, ['g1'])).toBe(true);
    expect(mayUpload(as('GMINA_OFFICIAL', 'g2'), false, ['g1'])).toBe(false);
    expect(mayUpload(as('GMINA_OFFICIAL', 'g2'), false, ['g1'], 'me')).toBe(true);
    expect(mayUpload(as('COUNCIL_MEMBER'), false, ['g1'])).toBe(false);
    expect(mayUpload(as('COORDINATOR'), true, [])).toBe(false);
  });

  it('lets coordinators remove any file and others their own', () => {
    expect(mayArchiveFile(as('COORDINATOR'), { uploadedBy: { id: 'someone' } })).toBe(true);
    expect(mayArchiveFile(as('GMINA_OFFICIAL', 'g1'), { uploadedBy: { id: 'me' } })).toBe(true);
    expect(mayArchiveFile(as('GMINA_OFFICIAL', 'g1'), { uploadedBy: { id: 'someone' } })).toBe(false);
    expect(mayArchiveFile(as(null), { uploadedBy: { id: 'me' } })).toBe(false);
  });

  it('names the gmina beside a person unless their name says it already', () => {
    const person = (userId: string, displayName: string, gmina: string | null) => ({
      __typename: 'PartnershipAccess' as const,
      partnershipId: 'p',
      userId,
      role: 'GMINA_OFFICIAL' as const,
      gmina: gmina ? { __typename: 'Gmina' as const, id: gmina, name: gmina } : null,
      user: { __typename: 'User' as const, id: userId, displayName },
    });
    const people = [person('a', 'Katarzyna Kowalczyk (UG Rajcza)', 'Rajcza'), person('b', 'Jan Nowak', 'Ujsoły'), person('c', 'Anna Zięba', null)];
    expect(['a', 'b', 'c', 'x', undefined].map((id) => gminaNote(people, id))).toEqual([null, 'Ujsoły', null, null, null]);
  });
});
