import { type KeyboardEvent, type Ref, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { TextAreaField } from '../../ui/fields';
import { insertMention, matchPeople, type Mentionable, mentionQueryAt } from './mention-query';

export interface MentionTextAreaProps {
  readonly idPrefix: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly value: string;
  onChange(text: string): void;
  /** Who may be mentioned (the reader left out by the caller). */
  readonly people: readonly Mentionable[];
  /** The API's limit: shown as what is left, never cut (a pasted text can still be edited down). */
  readonly limit: number;
  readonly rows?: number;
  readonly readOnly?: boolean;
  readonly ref?: Ref<HTMLTextAreaElement | null>;
}

/**
 * A comment's text with mentions: typing "@" and the start of a name lists the partnership's
 * people who match, chosen with the arrow keys and Enter (Tab leaves the field as ever), Escape closes the list. The
 * ARIA combobox pattern on a textarea: the textarea keeps its own role (a textarea may have no
 * other) and points at the list with aria-controls and at the option chosen with
 * aria-activedescendant; focus never leaves the text. What the list offers is said politely: the
 * keys once as it opens, then only how many match.
 */
export function MentionTextArea({ idPrefix, name, label, hint, error, value, onChange, people, limit, rows = 4, readOnly = false, ref }: MentionTextAreaProps) {
  const { t, collator, integer } = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => area.current as HTMLTextAreaElement);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  // The "@" whose list was closed with Escape stays closed until another is typed.
  const [dismissed, setDismissed] = useState<number | null>(null);
  // What was just done (a mention inserted), said until the text changes again.
  const [done, setDone] = useState('');
  const query = caret === null ? null : mentionQueryAt(value, caret);
  const matches = useMemo(() => (query ? matchPeople(people, query.query, collator.compare) : []), [query?.query, people, collator]); // eslint-disable-line react-hooks/exhaustive-deps
  const open = !readOnly && Boolean(query) && query?.start !== dismissed && matches.length > 0;
  const chosen = open ? Math.min(active, matches.length - 1) : -1;
  const optionId = (index: number) => `${listId}-option-${index}`;

  // The "@" whose list was opened, and what was typed after it then: the keys are said with that
  // first offer only (it stays as it is until the reader types on), later just how many match.
  const [opened, setOpened] = useState<{ start: number; query: string } | null>(null);
  if (open && query && opened?.start !== query.start) setOpened({ start: query.start, query: query.query });
  const firstOffer = Boolean(query) && (opened?.start !== query?.start || opened?.query === query?.query);

  const searching = !readOnly && query && query.start !== dismissed ? query.query : null;
  const offered =
    searching === null
      ? ''
      : matches.length
        ? t(firstOffer ? 'discussion.mention.found' : 'discussion.mention.count', { n: matches.length })
        : searching.trim()
          ? t('discussion.mention.none', { query: searching })
          : '';
  const said = done || offered;

  const track = () => setCaret(area.current?.selectionStart ?? null);
  const choose = (person: Mentionable) => {
    const box = area.current;
    if (!query || !box) return;
    const next = insertMention(value, query, box.selectionStart ?? value.length, person);
    onChange(next.text);
    setCaret(next.caret);
    setActive(0);
    setDone(t('discussion.mention.inserted', { name: person.name }));
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // A key that ends an input method's composition (a letter being composed) is not ours.
    if (!open || event.altKey || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((chosen + step + matches.length) % matches.length);
    } else if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      choose(matches[chosen]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(query?.start ?? null);
    }
  };

  const length = [...value.trim()].length;
  const counter = length > limit ? t('discussion.over', { n: length - limit, limit: integer(limit) }) : t('discussion.left', { n: limit - length, limit: integer(limit) });

  return (
    <div className="mention-field">
      <TextAreaField
        ref={area}
        idPrefix={idPrefix}
        name={name}
        label={label}
        hint={
          <>
            {hint ?? t('discussion.hint')} <span className={length > limit ? 'mention-field__over' : undefined}>{counter}</span>
          </>
        }
        error={error}
        value={value}
        rows={rows}
        readOnly={readOnly || undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setDone('');
          setCaret(event.target.selectionStart);
          setActive(0);
          if (dismissed !== null && !event.target.value.slice(dismissed).startsWith('@')) setDismissed(null);
        }}
        onSelect={track}
        onClick={track}
        onKeyDown={onKeyDown}
        onBlur={() => setCaret(null)}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(chosen) : undefined}
      />
      {open && (
        <div id={listId} role="listbox" aria-label={t('discussion.mention.list')} className="mention-list">
          {matches.map((person, index) => (
            // The keyboard stays in the text (aria-activedescendant): the pointer may pick too.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <div
              key={person.userId}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === chosen}
              className={index === chosen ? 'mention-list__option mention-list__option--active' : 'mention-list__option'}
              // The text keeps focus (and its cursor) while a person is picked with the pointer.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
            >
              {person.name}
              {person.detail && <span className="mention-list__detail"> ({person.detail})</span>}
            </div>
          ))}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
