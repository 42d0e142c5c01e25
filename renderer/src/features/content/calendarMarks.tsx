import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './calendarMarks.css';

/** Overdue / warned item ids by wall date, for the month cells and their "+N" links. */
export type FlaggedByDate = ReadonlyMap<string, { overdue: Set<string>; warned: Set<string> }>;
export const FlaggedContext = createContext<FlaggedByDate>(new Map());

/** The class FullCalendar puts on its day popover, so it can be kept on screen. */
export const POPOVER_CLASS = 'md-day-popover';

const OVERDUE = '#cf1322';
const WARNED = '#d48806';

function dateOf(el: HTMLElement | null): string | null {
  return el?.closest<HTMLElement>('[data-date]')?.dataset['date'] ?? null;
}

/**
 * What a "+N" link hides: the flagged items of its day that are not drawn in the cell. FullCalendar tells
 * its content hook only the count, so the cell (the link's `[data-date]` ancestor) is read after layout.
 */
export function MoreLinkMark({ text }: { text: string }) {
  const { t } = useTranslation('contentSafety');
  const flagged = useContext(FlaggedContext);
  const ref = useRef<HTMLSpanElement>(null);
  const [hidden, setHidden] = useState<{ overdue: number; warned: number }>({ overdue: 0, warned: 0 });
  useLayoutEffect(() => {
    const date = dateOf(ref.current);
    const day = date ? flagged.get(date) : undefined;
    const cell = ref.current?.closest<HTMLElement>('[data-date]');
    if (!day || !cell) {
      setHidden({ overdue: 0, warned: 0 });
      return;
    }
    const shown = new Set(
      [...cell.querySelectorAll<HTMLElement>('[data-item-id]')].map((el) => el.dataset['itemId']),
    );
    const count = (ids: Set<string>) => [...ids].filter((id) => !shown.has(id)).length;
    setHidden({ overdue: count(day.overdue), warned: count(day.warned) });
  }, [flagged, text]);
  const kind = hidden.overdue > 0 ? 'overdue' : hidden.warned > 0 ? 'warned' : null;
  const label =
    kind === 'overdue' ? t('attention.hiddenOverdue') : kind === 'warned' ? t('attention.hiddenWarned') : '';
  return (
    <span
      ref={ref}
      data-testid="more-link"
      data-hides={kind ?? undefined}
      aria-label={kind ? `${text}，${label}` : text}
    >
      {kind && (
        <span
          className="md-flag-dot"
          data-testid="more-link-mark"
          title={label}
          style={{ background: kind === 'overdue' ? OVERDUE : WARNED }}
        />
      )}
      {text}
    </span>
  );
}

/** The day number of a month cell, with a dot when the day holds overdue or warned items. */
export function DayNumberMark({ children }: { children: ReactNode }) {
  const { t } = useTranslation('contentSafety');
  const flagged = useContext(FlaggedContext);
  const ref = useRef<HTMLSpanElement>(null);
  const [date, setDate] = useState<string | null>(null);
  useLayoutEffect(() => setDate(dateOf(ref.current)), []);
  const day = date ? flagged.get(date) : undefined;
  const kind = day && day.overdue.size > 0 ? 'overdue' : day && day.warned.size > 0 ? 'warned' : null;
  return (
    <span ref={ref} style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      {kind && (
        <span
          className="md-flag-dot"
          data-testid="day-mark"
          data-kind={kind}
          title={kind === 'overdue' ? t('attention.dayOverdue') : t('attention.dayWarned')}
          aria-label={kind === 'overdue' ? t('attention.dayOverdue') : t('attention.dayWarned')}
          role="img"
          style={{ background: kind === 'overdue' ? OVERDUE : WARNED }}
        />
      )}
      {children}
    </span>
  );
}

/**
 * FullCalendar places its day popover below the cell, so a cell near the bottom opens it off screen. Once
 * drawn, move it up (and cap its height, scrolling inside) so the whole of it is in the viewport.
 */
export function keepPopoverOnScreen(margin = 8): void {
  const fit = (attempt: number) => {
    const el = document.querySelector<HTMLElement>(`.${POPOVER_CLASS}`);
    if (!el) {
      if (attempt < 10) requestAnimationFrame(() => fit(attempt + 1));
      return;
    }
    const viewport = window.innerHeight;
    el.style.maxHeight = `${viewport - 2 * margin}px`;
    el.style.overflowY = 'auto';
    const rect = el.getBoundingClientRect();
    let shift = 0;
    if (rect.bottom > viewport - margin) shift = rect.bottom - (viewport - margin);
    if (rect.top - shift < margin) shift = rect.top - margin;
    if (shift !== 0) {
      const top = parseFloat(getComputedStyle(el).top) || 0;
      el.style.top = `${top - shift}px`;
    }
    const right = el.getBoundingClientRect().right - (window.innerWidth - margin);
    if (right > 0) el.style.left = `${(parseFloat(getComputedStyle(el).left) || 0) - right}px`;
  };
  requestAnimationFrame(() => fit(0));
}
