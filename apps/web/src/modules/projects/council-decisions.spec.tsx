import { render, screen } from '@testing-library/react';
import { I18nProvider } from '../../i18n/I18n';
import { BudgetSection } from './BudgetSection';
import type { ProjectsBudgetFragment, ProjectsSheetFragment } from './graphql.generated';
import { StageHistory } from './StageHistory';

// What the council decided shows where the project is read: the resolution behind a move, and behind the shares.

const BUDGET: ProjectsBudgetFragment = {
  id: 'p1',
  version: 3,
  totalCost: '100000.00',
  ownContribution: '100000.00',
  costSharesApprovedBy: '3/2026',
  costSharesApprovedOn: '2026-02-12',
  participants: [{ role: 'LEAD', costShare: '100000.00', gmina: { id: 'g1', terc: '2417112', name: 'Rajcza' } }],
  funding: [],
};

const HISTORY: ProjectsSheetFragment['stageHistory'] = [
  { id: 'c1', fromStage: null, toStage: 'IDEA', reason: '', actorId: null, changedAt: '2026-01-05T09:00:00.000Z', resolutionNumber: null },
  { id: 'c2', fromStage: 'PREPARATION', toStage: 'APPLICATION_SUBMITTED', reason: 'Nabór FE SL', actorId: null, changedAt: '2026-02-12T10:30:00.000Z', resolutionNumber: '4/2026' },
];

describe('council decisions on the project page', () => {
  it('names the resolution that approved the cost shares, with its day', () => {
    render(
      <I18nProvider initial="pl">
        <BudgetSection project={BUDGET} />
      </I18nProvider>,
    );
    expect(screen.getByText('Udziały zatwierdzone uchwałą nr 3/2026 z dnia 12 lutego 2026.')).toBeInTheDocument();
  });

  it('says nothing of an approval the shares do not have', () => {
    render(
      <I18nProvider initial="pl">
        <BudgetSection project={{ ...BUDGET, costSharesApprovedBy: null, costSharesApprovedOn: null }} />
      </I18nProvider>,
    );
    expect(screen.queryByText(/zatwierdzone uchwałą/)).toBeNull();
  });

  it('names the resolution behind a move in the stage history, in both languages', () => {
    const { unmount } = render(
      <I18nProvider initial="pl">
        <StageHistory history={HISTORY} nameOf={() => null} />
      </I18nProvider>,
    );
    expect(screen.getByRole('rowheader', { name: /Z etapu „Przygotowanie.*” do „Wniosek złożony”\s*Uchwała nr 4\/2026/ })).toBeInTheDocument();
    expect(screen.getAllByText(/^Uchwała nr/)).toHaveLength(1);
    unmount();
    render(
      <I18nProvider initial="en">
        <StageHistory history={HISTORY} nameOf={() => null} />
      </I18nProvider>,
    );
    expect(screen.getByText('Resolution no. 4/2026')).toBeInTheDocument();
  });
});
