import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes, type UIEvent } from 'react';
import { suggestionEdit, type Audience, type Finding } from '../../../shared/language';
import { audienceOf, type LanguageTarget } from '../../../shared/language-settings/schema';
import { isIgnored } from '../../../shared/language-settings/summary';
import { countLabel, nextFinding, segmentsFor } from './findings';
import { FindingList } from './FindingList';
import { ignoreFinding, loadIgnores, removeIgnore, useLanguage } from './store';
import { useCheckConfiguration, useFindings } from './useFindings';

export interface CheckedTextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'id'> {
  readonly id: string;
  readonly value: string;
  /** The record and field this text is kept in: it sets the audience, and where "ignore here" decisions go. */
  readonly check: LanguageTarget;
  /** Overrides the field's audience (for text written for the family). */
  readonly audience?: Audience;
  /** False for a record not saved yet: its findings are shown, but cannot be ignored until it is saved. */
  readonly ignorable?: boolean;
}

const NO_DECISIONS: readonly never[] = [];
/** How long the count waits after the findings settle before it is announced. */
const ANNOUNCE_AFTER_MS = 1_200;

/**
 * Replaces part of a controlled textarea's text as typing would: through the browser's own
 * editing, so Ctrl+Z undoes it like any typed change and the owner's onChange sees it. If the
 * browser will not edit (no focus), the value is set directly, which cannot be undone by key.
 */
function replaceRange(area: HTMLTextAreaElement, start: number, end: number, text: string): void {
  area.focus();
  area.setSelectionRange(start, end);
  // execCommand is the one way to put a change on a textarea's own undo stack.
  if (document.execCommand('insertText', false, text)) return;
  const value = `${area.value.slice(0, start)}${text}${area.value.slice(end)}`;
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, value);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

const MIRRORED = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing', 'tabSize', 'textIndent', 'textTransform', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft'] as const;

/**
 * A long text box that checks its wording as you type: findings are underlined behind the text,
 * listed below it (the field's description), reached with Alt+F8 / Shift+Alt+F8, and each can be
 * changed to a suggestion or ignored here with a reason kept with the record.
 */
export function CheckedTextArea({ check, audience, ignorable = true, className, onScroll, onKeyDown, 'aria-describedby': describedBy, ...props }: CheckedTextAreaProps) {
  const { id, value } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  const configuration = useCheckConfiguration(check.conferenceId);
  const who = audience ?? audienceOf(check.recordKind, check.field) ?? 'professional';
  const all = useFindings(value, who, configuration);
  const decisions = useLanguage((state) => state.ignores[check.conferenceId]) ?? NO_DECISIONS;
  const findings = useMemo(() => all.filter((finding) => !isIgnored(decisions, check, finding)), [all, decisions, check]);
  const ignoredHere = useMemo(
    () => decisions.filter((d) => d.recordKind === check.recordKind && d.recordId === check.recordId && d.field === check.field),
    [decisions, check.recordKind, check.recordId, check.field],
  );
  const [current, setCurrent] = useState<Finding | null>(null);
  const currentIndex = current === null ? -1 : findings.findIndex((f) => f.ruleId === current.ruleId && f.start === current.start && f.end === current.end);
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<number | null>(null);

  useEffect(() => {
    void loadIgnores(check.conferenceId);
  }, [check.conferenceId]);

  // The count is announced politely once typing pauses, and only when it changed.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (document.activeElement !== area.current || announced.current === findings.length) return;
      announced.current = findings.length;
      setAnnouncement(countLabel(findings.length));
    }, ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [findings.length]);

  // The underlines sit behind the text: same font, padding, size and scroll as the text box.
  useLayoutEffect(() => {
    const box = area.current;
    const copy = mirror.current;
    if (!box || !copy) return;
    const sync = () => {
      const style = getComputedStyle(box);
      for (const property of MIRRORED) copy.style[property] = style[property];
      copy.style.top = `${box.offsetTop + parseFloat(style.borderTopWidth)}px`;
      copy.style.left = `${box.offsetLeft + parseFloat(style.borderLeftWidth)}px`;
      copy.style.width = `${box.clientWidth}px`;
      copy.style.height = `${box.clientHeight}px`;
      copy.scrollTop = box.scrollTop;
    };
    sync();
    const observer = new ResizeObserver(sync);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    if (mirror.current && area.current) mirror.current.scrollTop = area.current.scrollTop;
  }, [value, findings]);

  const entryId = useCallback((index: number) => `${id}-finding-${index}`, [id]);

  const moveTo = useCallback(
    (backwards: boolean, from: number) => {
      const box = area.current;
      const index = nextFinding(findings, from, backwards);
      const finding = findings[index];
      if (!box || finding === undefined) {
        setAnnouncement(countLabel(0));
        return;
      }
      setCurrent(finding);
      box.focus();
      box.setSelectionRange(finding.start, finding.end);
      requestAnimationFrame(() => document.getElementById(entryId(index))?.focus());
    },
    [findings, entryId],
  );

  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'F8' && event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      moveTo(event.shiftKey, event.currentTarget.selectionStart);
    }
  };

  const scroll = (event: UIEvent<HTMLTextAreaElement>) => {
    onScroll?.(event);
    if (mirror.current) mirror.current.scrollTop = event.currentTarget.scrollTop;
  };

  const backToText = (finding: Finding | null) => {
    const box = area.current;
    if (!box) return;
    box.focus();
    if (finding) box.setSelectionRange(finding.start, finding.end);
  };

  const apply = (finding: Finding, index: number) => {
    const box = area.current;
    const suggestion = finding.suggestions[index];
    if (!box || !suggestion) return;
    const edit = suggestionEdit(box.value, finding, index);
    if (edit === null) {
      setAnnouncement('The text has changed since it was checked. Try again in a moment.');
      return;
    }
    replaceRange(box, edit.start, edit.end, edit.text);
    const caret = edit.start + edit.text.length;
    box.setSelectionRange(caret, caret);
    setCurrent(null);
    setAnnouncement(`Changed “${finding.text}” to “${edit.text}”. Ctrl+Z undoes it.`);
  };

  const ignore = async (finding: Finding, reason: string, decisionId: string) => {
    const result = await ignoreFinding({ id: decisionId, ...check, ruleId: finding.ruleId, text: finding.text, reason });
    if (!result.ok) return result.error;
    setCurrent(null);
    setAnnouncement(`Ignored “${finding.text}” here. The reason is kept with the record.`);
    backToText(null);
    return null;
  };

  const undoIgnore = async (decisionId: string) => {
    const result = await removeIgnore(check.conferenceId, decisionId);
    setAnnouncement(result.ok ? 'No longer ignored: it is checked again.' : result.error.message);
    return result.ok ? null : result.error;
  };

  const countId = `${id}-language-count`;
  const describedByAll = [describedBy, findings.length > 0 ? countId : null, ...findings.map((_, index) => `${entryId(index)}-message`)].filter(Boolean).join(' ') || undefined;
  const segments = segmentsFor(value, findings, currentIndex >= 0 ? (findings[currentIndex] ?? null) : null);

  return (
    <div className="checked-text">
      <div className="checked-text__box">
        <div ref={mirror} className="checked-text__mirror" aria-hidden="true">
          {segments.map((segment) => {
            const words = value.slice(segment.start, segment.end);
            if (segment.level === null && !segment.long) return <span key={segment.start}>{words}</span>;
            const classes = ['checked-text__mark', segment.level ? `checked-text__mark--${segment.level}` : '', segment.long ? 'checked-text__mark--long' : '', segment.current ? 'checked-text__mark--current' : '']
              .filter(Boolean)
              .join(' ');
            return (
              <mark key={segment.start} className={classes}>
                {words}
              </mark>
            );
          })}
          {/* A final line break needs something after it to take up its line. */}
          {value.endsWith('\n') ? '\u200b' : null}
        </div>
        <textarea
          {...props}
          ref={area}
          className={['checked-text__input', className].filter(Boolean).join(' ')}
          spellCheck={props.spellCheck ?? true}
          aria-describedby={describedByAll}
          onKeyDown={keyDown}
          onScroll={scroll}
        />
      </div>
      <FindingList
        idBase={id}
        countId={countId}
        findings={findings}
        currentIndex={currentIndex}
        ignoredHere={ignoredHere}
        onMove={(backwards, from) => moveTo(backwards, from)}
        onBack={() => backToText(currentIndex >= 0 ? (findings[currentIndex] ?? null) : null)}
        onApply={apply}
        onIgnore={ignorable ? ignore : undefined}
        onUndoIgnore={undoIgnore}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
