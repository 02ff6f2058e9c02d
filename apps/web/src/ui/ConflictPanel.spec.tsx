import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18n';
import { ConflictPanel, type ConflictField } from './ConflictPanel';

const FIELDS: ConflictField[] = [
  { name: 'title', label: 'Tytuł', theirs: 'Regulamin klubu seniora', yours: 'Regulamin klubu' },
  { name: 'dueOn', label: 'Termin', theirs: '', yours: '31.12.2026', yourValue: '2026-12-31' },
];

function renderPanel(overrides: Partial<Parameters<typeof ConflictPanel>[0]> = {}) {
  const props = { fields: FIELDS, onKeepMine: vi.fn(), onTakeTheirs: vi.fn(), onEdit: vi.fn(), ...overrides };
  render(
    <I18nProvider initial="pl">
      <p>
        <button type="button">Zapisz zmiany</button>
      </p>
      <ConflictPanel {...props} />
    </I18nProvider>,
  );
  return props;
}

describe('ConflictPanel', () => {
  it('shows their version and yours of each differing field, under a heading', () => {
    renderPanel({ kept: ['Opis'] });
    const panel = screen.getByRole('region', { name: 'Ktoś zmienił to w międzyczasie' });
    const title = within(panel).getByRole('heading', { name: 'Tytuł' }).closest('li')!;
    expect(within(title).getByText('Ich wersja').nextSibling?.textContent).toBe('Regulamin klubu seniora');
    expect(within(title).getByText('Twoja wersja').nextSibling?.textContent).toBe('Regulamin klubu');
    const due = within(panel).getByRole('heading', { name: 'Termin' }).closest('li')!;
    expect(within(due).getByText('Ich wersja').nextSibling?.textContent).toBe('(puste)');
    expect(within(due).getByText('Twoja wersja').nextSibling?.textContent).toBe('31.12.2026');
    expect(panel.textContent).toContain('Ich pozostałe zmiany zostaną zachowane: Opis.');
  });

  it('takes focus when it appears, so the reader hears what happened', () => {
    renderPanel();
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Ktoś zmienił to w międzyczasie' }));
  });

  it('"Zapisz moje" calls back with the draft, the values to send included', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Zapisz moje' }));
    expect(props.onKeepMine).toHaveBeenCalledWith({ title: 'Regulamin klubu', dueOn: '2026-12-31' });
    expect(props.onTakeTheirs).not.toHaveBeenCalled();
  });

  it('"Weź ich" drops the draft, "Edytuj dalej" goes back to it', async () => {
    const props = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Weź ich' }));
    expect(props.onTakeTheirs).toHaveBeenCalledTimes(1);
    expect(props.onKeepMine).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Edytuj dalej' }));
    expect(props.onEdit).toHaveBeenCalledTimes(1);
  });

  it('sends nothing twice while a save is under way', async () => {
    const props = renderPanel({ pending: true });
    const keep = screen.getByRole('button', { name: 'Zapisz moje' });
    expect(keep.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(keep);
    expect(props.onKeepMine).not.toHaveBeenCalled();
  });

  it('speaks English in the English interface', () => {
    render(
      <I18nProvider initial="en">
        <ConflictPanel fields={FIELDS} onKeepMine={vi.fn()} onTakeTheirs={vi.fn()} onEdit={vi.fn()} />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Someone changed this in the meantime');
    expect(screen.getByRole('button', { name: 'Save mine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take theirs' })).toBeTruthy();
  });
});
