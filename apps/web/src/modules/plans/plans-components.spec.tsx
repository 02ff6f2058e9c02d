import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { PlansCommentOnPlanDocument, type PlansPlanFragment } from './graphql.generated';
import { I18nProvider } from '../../i18n/I18n';
import { DiffText } from './DiffText';
import { Markdown } from './Markdown';
import { NewThreadForm } from './NewThreadForm';
import { PlanPageContext, type PlanPageValue } from './plan-page-context';
import { mayChangeComment, mayComment, mayCreatePlan, mayEditPlan, mayResolve, type Reader } from './plan-rules';

const inPolish = (node: React.ReactNode) => render(<I18nProvider initial="pl">{node}</I18nProvider>);

describe('Markdown', () => {
  it('renders paragraphs, lists and emphasis as elements', () => {
    const { container } = inPolish(<Markdown source={'**Wizja 2035.** Sześć gmin.\n\n1. Pierwszy\n2. Drugi\n\n- punkt'} />);
    expect(container.querySelector('p strong')?.textContent).toBe('Wizja 2035.');
    expect([...container.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['Pierwszy', 'Drugi']);
    expect(container.querySelector('ul > li')?.textContent).toBe('punkt');
  });

  it('never makes HTML of the text: tags stay text, unsafe links stay text, images show their description', () => {
    const { container } = inPolish(
      <Markdown source={'<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[klik](javascript:alert(1)) [BIP](https://bip.example.pl) ![mapa obszaru](https://example.org/m.png)'} />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://bip.example.pl']);
    expect(container.textContent).toContain('klik');
    expect(container.textContent).toContain('mapa obszaru');
  });

  it('keeps the page outline: a heading inside a list is bold text, not a heading', () => {
    const { container } = inPolish(<Markdown source={'- # Nie nagłówek'} />);
    expect(container.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    expect(container.querySelector('li strong')?.textContent).toBe('Nie nagłówek');
  });
});

describe('DiffText', () => {
  it('marks added and removed runs with <ins>/<del> and says which in words', () => {
    const { container } = inPolish(
      <p>
        <DiffText
          runs={[
            { kind: 'SAME', text: 'Łącznik do Ujsół ' },
            { kind: 'REMOVED', text: 'drogą' },
            { kind: 'ADDED', text: 'doliną Ujsoły' },
          ]}
        />
      </p>,
    );
    expect(container.querySelector('del')?.textContent).toBe('[usunięto: drogą, koniec zmiany]');
    expect(container.querySelector('ins')?.textContent).toBe('[dodano: doliną Ujsoły, koniec zmiany]');
  });
});

describe('plan rules (the README policy table)', () => {
  const plan = (status: PlansPlanFragment['status'], authors: string[] = []) => ({ status, authors: authors.map((id) => ({ id })) });
  const as = (role: Reader['role'], userId = 'me'): Reader => ({ role, userId });

  it('lets observers comment only in consultation, and nobody on an adopted plan', () => {
    expect(mayComment(as('OBSERVER'), plan('DRAFT'))).toBe(false);
    expect(mayComment(as('OBSERVER'), plan('IN_CONSULTATION'))).toBe(true);
    expect(mayComment(as('GMINA_OFFICIAL'), plan('DRAFT'))).toBe(true);
    expect(mayComment(as('COORDINATOR'), plan('ADOPTED'))).toBe(false);
    expect(mayComment(as(null), plan('IN_CONSULTATION'))).toBe(false);
  });

  it('lets coordinators, and authors in working roles, publish; council members create no plans', () => {
    expect(mayEditPlan(as('COORDINATOR'), plan('DRAFT'))).toBe(true);
    expect(mayEditPlan(as('ADVISOR'), plan('DRAFT'))).toBe(false);
    expect(mayEditPlan(as('ADVISOR'), plan('IN_CONSULTATION', ['me']))).toBe(true);
    expect(mayEditPlan(as('OBSERVER'), plan('DRAFT', ['me']))).toBe(false);
    expect(mayEditPlan(as('COORDINATOR'), plan('ARCHIVED'))).toBe(false);
    expect([as('COORDINATOR'), as('GMINA_OFFICIAL'), as('ADVISOR'), as('COUNCIL_MEMBER'), as('OBSERVER')].map(mayCreatePlan)).toEqual([true, true, true, false, false]);
  });

  it('lets people resolve their own threads, authors and coordinators any; comments are changed by their authors', () => {
    const thread = { startedBy: { id: 'someone' } };
    expect(mayResolve(as('GMINA_OFFICIAL'), plan('IN_CONSULTATION'), thread)).toBe(false);
    expect(mayResolve(as('GMINA_OFFICIAL', 'someone'), plan('IN_CONSULTATION'), thread)).toBe(true);
    expect(mayResolve(as('ADVISOR'), plan('IN_CONSULTATION', ['me']), thread)).toBe(true);
    expect(mayResolve(as('COORDINATOR'), plan('DRAFT'), thread)).toBe(true);
    expect(mayChangeComment(as('OBSERVER'), plan('DRAFT'), { deleted: false, author: { id: 'me' } })).toBe(true);
    expect(mayChangeComment(as('COORDINATOR'), plan('DRAFT'), { deleted: false, author: { id: 'other' } })).toBe(false);
    expect(mayChangeComment(as('COORDINATOR'), plan('DRAFT'), { deleted: true, author: { id: 'me' } })).toBe(false);
  });
});

describe('NewThreadForm', () => {
  const section = { key: 's3', heading: '3. Cele strategiczne', level: 1, position: 3, body: 'Spójna sieć tras rowerowych.', revisionId: 'rev-2' };
  const plan = { id: 'plan-1', status: 'IN_CONSULTATION', authors: [], threads: [] } as unknown as PlansPlanFragment;
  const closed = 'Tura 1 konsultacji planu „Strategia” zakończyła się 2026-01-31: komentarze nie są już przyjmowane.';

  function renderForm(onDone = vi.fn()) {
    const value: PlanPageValue = { plan, reader: { userId: 'me', role: 'GMINA_OFFICIAL' }, people: [], refresh: vi.fn(async () => undefined), announce: vi.fn() };
    const mocks = [
      {
        request: {
          query: PlansCommentOnPlanDocument,
          variables: { input: { planId: 'plan-1', revisionId: 'rev-2', sectionKey: 's3', quote: { text: 'sieć tras', start: 7, end: 16 }, body: 'Dopisać Przełęcz Glinne.' } },
        },
        result: { errors: [new GraphQLError(closed, { extensions: { code: 'CONFLICT', status: 'IN_CONSULTATION', closesOn: '2026-01-31' } })] },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <I18nProvider initial="pl">
          <PlanPageContext.Provider value={value}>
            <NewThreadForm section={section} revisionId="rev-2" selected="" onDone={onDone} />
          </PlanPageContext.Provider>
        </I18nProvider>
      </MockedProvider>,
    );
    return onDone;
  }

  it('names what is missing next to the field and in the summary, and a quote not in the section', async () => {
    renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Cytowany fragment (nieobowiązkowy)'), 'trasa przez Glinne');
    await user.click(screen.getByRole('button', { name: 'Dodaj komentarz' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Komentarz: Wpisz treść komentarza' })).toBeInTheDocument();
    expect(screen.getByLabelText('Komentarz')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Cytowany fragment (nieobowiązkowy)')).toHaveAccessibleDescription(expect.stringContaining('Tego fragmentu nie ma w tekście sekcji'));
  });

  it('shows the API’s refusal for a closed round in its own words, keeping the text', async () => {
    const onDone = renderForm();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Komentarz'), 'Dopisać Przełęcz Glinne.');
    await user.type(screen.getByLabelText('Cytowany fragment (nieobowiązkowy)'), 'sieć tras');
    await user.click(screen.getByRole('button', { name: 'Dodaj komentarz' }));
    expect(await screen.findByText(closed)).toBeInTheDocument();
    expect(screen.getByLabelText('Komentarz')).toHaveValue('Dopisać Przełęcz Glinne.');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says so when "quote the selection" is pressed with nothing selected', async () => {
    renderForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cytuj zaznaczenie' }));
    expect(screen.getByRole('status')).toHaveTextContent('Najpierw zaznacz fragment w tekście tej sekcji.');
  });
});
