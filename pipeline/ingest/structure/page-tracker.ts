// Page bookkeeping while lines stream by: where each page opens and which number it prints.
import type { Line } from "./lines.ts";

export interface PageDraft {
  rawStart: number;
  printed: number | null;
}

/** A printed page number runs on from the last one by a small step (a plate or a blank page may be skipped). */
const MAX_PAGE_STEP = 3;

export class PageTracker {
  readonly pages: PageDraft[] = [{ rawStart: 0, printed: null }];
  private pending: PageDraft | null = null;
  /** The current page's notes or foot were seen: the next body text opens a new page. */
  private ended = false;
  private lastPrinted: number | null = null;
  private hasContent = false;

  constructor(private readonly numbersAtBottom: boolean) {}

  get index(): number {
    return this.pages.length - 1;
  }

  /** A header, a form feed or a top page number: the next page opens here. */
  open(rawStart: number): void {
    this.pending ??= { rawStart, printed: null };
  }

  /** Notes, a foot or echoed links: the page is over, whatever text comes next opens a new one. */
  end(): void {
    this.ended = true;
  }

  /** Body text or a note at rawStart: settles a pending page break. */
  content(rawStart: number): void {
    if (this.ended) this.open(rawStart);
    const page = this.pending;
    this.ended = false;
    this.pending = null;
    if (page && !this.hasContent && this.pages.length === 1) this.pages[0].printed ??= page.printed;
    else if (page) this.pages.push(page);
    this.hasContent = true;
  }

  /** A printed page number, if it runs on from the last; false when it is out of sequence. */
  printed(value: number, line: Line, fromHeader = false): boolean {
    const last = this.lastPrinted;
    if (last !== null && (value <= last || value > last + MAX_PAGE_STEP)) return false;
    this.lastPrinted = value;
    if (this.numbersAtBottom && !fromHeader && !this.pending)
      this.pages[this.index].printed ??= value;
    else {
      this.open(line.start);
      if (this.pending) this.pending.printed = value;
    }
    return true;
  }
}
