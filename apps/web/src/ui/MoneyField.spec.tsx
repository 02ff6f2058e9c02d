import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../i18n/I18n';
import type { Locale } from '../i18n/locale';
import { MoneyField, readMoney } from './MoneyField';

const NBSP = '\u00a0';

/** The field as a form holds it: the canonical value it passes up, kept in state. */
function Harness({ initial = null, error, seen }: { initial?: string | null; error?: string; seen: (string | null)[] }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <>
      <MoneyField
        name="budget.totalCost"
        label="Koszt całkowity (zł)"
        hint="Np. 18 450 000,00"
        value={value}
        error={error}
        onChange={(next) => {
          seen.push(next);
          setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue('1234567.89')}>
        reset
      </button>
    </>
  );
}

function setup({ locale = 'pl', ...props }: { locale?: Locale; initial?: string | null; error?: string } = {}) {
  const seen: (string | null)[] = [];
  render(
    <I18nProvider initial={locale}>
      <Harness seen={seen} {...props} />
    </I18nProvider>,
  );
  return {
    seen,
    input: screen.getByLabelText('Koszt całkowity (zł)') as HTMLInputElement,
    user: userEvent.setup(),
  };
}

describe('MoneyField', () => {
  it('is a labelled text input for decimals, tied to its hint, with the API path as its id', () => {
    const { input } = setup();
    expect(input.type).toBe('text');
    expect(input.getAttribute('inputmode')).toBe('decimal');
    expect(input.id).toBe('field-budget-totalCost');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe('Np. 18 450 000,00');
  });

  it.each([
    ['18 450 000,00', '18450000.00', `18${NBSP}450${NBSP}000,00`],
    ['1.234,50 zł', '1234.50', '1234,50'],
    ['1234,5', '1234.50', '1234,50'],
    ['2.927.000,00', '2927000.00', `2${NBSP}927${NBSP}000,00`],
    ['0,07', '0.07', '0,07'],
  ])('reads "%s" the Polish way as %s and shows it as "%s" when left', async (typed, canonical, shown) => {
    const { seen, input, user } = setup();
    await user.type(input, typed);
    expect(seen.at(-1)).toBe(canonical);
    expect(input.value).toBe(typed);
    await user.tab();
    expect(input.value).toBe(shown);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('refuses the ambiguous "1.234" with a clear message once the field is left, not while typing', async () => {
    const { seen, input, user } = setup();
    await user.type(input, '1.234');
    expect(seen.at(-1)).toBeNull();
    expect(screen.queryByText(/Nie wiadomo/)).toBeNull();
    await user.tab();
    const error = screen.getByText(/Nie wiadomo, czy „1\.234” to złote czy grosze/);
    expect(error.closest('p')?.textContent).toMatch(/^Błąd: /);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.closest('p')!.id);
    expect(input.value).toBe('1.234');
  });

  it('says what is wrong in the reader’s language', async () => {
    const { input, user } = setup({ locale: 'en' });
    await user.type(input, '1.234');
    await user.tab();
    expect(screen.getByText(/It is unclear whether “1\.234” means złoty or grosze/)).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'dużo');
    await user.tab();
    expect(screen.getByText('Enter an amount in złoty, e.g. 18 450 000,00.')).toBeInTheDocument();
  });

  it('refuses a negative amount and text that is no amount', async () => {
    const { seen, input, user } = setup();
    await user.type(input, '-5,00');
    await user.tab();
    expect(seen.at(-1)).toBeNull();
    expect(screen.getByText('Kwota nie może być ujemna.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '12,345');
    await user.tab();
    expect(screen.getByText('Wpisz kwotę w złotych, np. 18 450 000,00.')).toBeInTheDocument();
  });

  it('shows the API’s message for the field instead of its own', () => {
    const { input } = setup({
      error: 'Udziały w kosztach sumują się do 1,00 zł',
    });
    expect(screen.getByText('Udziały w kosztach sumują się do 1,00 zł')).toBeInTheDocument();
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('round-trips the largest amount exactly, with no float on the way', async () => {
    const calls: string[] = [];
    const floats = [vi.spyOn(globalThis, 'parseFloat'), vi.spyOn(Number, 'parseFloat'), vi.spyOn(Number.prototype, 'toFixed')];
    floats.forEach((spy, index) => spy.mockImplementation(() => calls.push(String(index)) as never));
    try {
      const { seen, input, user } = setup({ initial: '999999999999.99' });
      expect(input.value).toBe(`999${NBSP}999${NBSP}999${NBSP}999,99`);
      await user.clear(input);
      await user.type(input, '999 999 999 999,99');
      expect(seen.at(-1)).toBe('999999999999.99');
      await user.tab();
      expect(input.value).toBe(`999${NBSP}999${NBSP}999${NBSP}999,99`);
      expect(readMoney(input.value).value).toBe('999999999999.99');
      expect(calls).toEqual([]);
    } finally {
      floats.forEach((spy) => spy.mockRestore());
    }
  });

  it('shows a value set from outside (a reset) but never rewrites what is being typed', async () => {
    const { input, user } = setup();
    await user.type(input, '12,5');
    expect(input.value).toBe('12,5');
    await user.click(screen.getByRole('button', { name: 'reset' }));
    expect(input.value).toBe(`1${NBSP}234${NBSP}567,89`);
  });

  it('passes null up for empty text, which is no error', async () => {
    const { seen, input, user } = setup({ initial: '10.00' });
    await user.clear(input);
    await user.tab();
    expect(seen.at(-1)).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });
});
