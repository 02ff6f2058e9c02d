import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { type BoardTaskFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { useBoard } from './board-context';
import { type MenuMove, menuMoves } from './board-model';

const keyOf = (move: MenuMove) => (move.kind === 'column' ? `column:${move.status}` : move.kind);

/**
 * "Przenieś…": every outcome a drag has, for those who do not drag (WCAG 2.2 SC 2.5.7). The
 * menu (react-aria) handles focus and Escape; after a move focus stays with the card.
 */
export function MoveMenu({ task }: { task: BoardTaskFragment }) {
  const { t } = useT();
  const board = useBoard();
  const moves = menuMoves(board.columns, task.id);
  const label = (move: MenuMove) =>
    move.kind === 'up' ? t('board.move.up') : move.kind === 'down' ? t('board.move.down') : move.kind === 'top' ? t('board.move.top') : t('board.move.toColumn', { column: board.statusLabel(move.status) });

  return (
    <MenuTrigger>
      <Button data-card-focus={`move:${task.id}`} className="button button--quiet button--small task-card__move">
        <span>
          {t('board.move.button')}
          <span aria-hidden="true">…</span>
        </span>
        <span className="visually-hidden">{t('board.move.buttonFor', { title: task.title })}</span>
      </Button>
      <Popover className="board-menu" placement="bottom start">
        <Menu
          className="board-menu__list"
          aria-label={t('board.move.menu', { title: task.title })}
          onAction={(key) => {
            const move = moves.find((candidate) => keyOf(candidate) === key);
            if (move) board.moveBy(task.id, move);
          }}
        >
          {moves.map((move) => (
            <MenuItem key={keyOf(move)} id={keyOf(move)} className="board-menu__item">
              {label(move)}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
