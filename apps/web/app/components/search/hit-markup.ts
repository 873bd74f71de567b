import { speakerHref } from "~/components/speaker-link.tsx";
import { statusLabel } from "~/components/status-badge.tsx";
import { LIST_ITEM_ATTRIBUTE } from "~/lib/use-list-keys.ts";
import type { HitLink, PageHit } from "./page-view.ts";

/**
 * The search results' markup, written as a string once per hit list (decision 023): the
 * list is static (plain links, text, marks; no state, no handlers), and rendering its ~1,000
 * elements through React on every page view was the largest part of a search page's server
 * CPU. The markup is what React rendered for the same list, byte for byte (the tests compare
 * it), and every piece of text and every attribute goes through `escapeHtml`: nothing from a
 * document reaches the page as markup except the highlighter's own `<mark>` markers.
 */

export const TYPE_LABEL: Record<string, string> = {
  claim: "Claim",
  statement: "Statement",
  article: "Article",
};

const ESCAPED: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
};
const TO_ESCAPE = /[&<>"']/g;
/** The same characters, for a test without the global flag's state. */
const HAS_ESCAPE = /[&<>"']/;

/** Text or an attribute value as markup: the five characters React escapes, as it writes them. */
export function escapeHtml(text: string): string {
  return HAS_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (c) => ESCAPED[c] as string) : text;
}

const MARK = /<mark>|<\/mark>/;

/** A highlighted text: the backend's `<mark>` markers kept, everything else escaped. */
function highlighted(text: string): string {
  const parts = text.split(MARK);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    // Odd parts sit between an opening and a closing marker.
    if (i % 2 === 1) out += `<mark>${escapeHtml(part)}</mark>`;
    else out += escapeHtml(part);
  }
  return out;
}

/** "Also worded as: " / "Said in: " and the links after it, then `tail`. */
function links(
  label: string,
  items: HitLink[],
  link: (item: HitLink) => string,
  tail = "",
): string {
  let out = `<div class="small-text variants">${label}`;
  items.forEach((item, i) => {
    out += `<span>${i > 0 ? "; " : ""}${link(item)}</span>`;
  });
  return `${out}${tail}</div>`;
}

function hitMarkup(hit: PageHit): string {
  let out = `<li class="hit"><div class="muted small-text"><span class="type-tag">${escapeHtml(TYPE_LABEL[hit.type] ?? "")}</span>`;
  if (hit.speaker)
    out += `<span class="speaker"> · <a href="${escapeHtml(speakerHref(hit.speaker))}">${escapeHtml(hit.speaker)}</a></span>`;
  out += `${escapeHtml(hit.meta)}</div>`;
  out += `<a href="${escapeHtml(hit.href)}" class="hit-text" ${LIST_ITEM_ATTRIBUTE}="">${highlighted(hit.shown)}</a>`;
  if (hit.variants.length > 0)
    out += links(
      "Also worded as: ",
      hit.variants,
      (v) =>
        `<a href="/articles/${escapeHtml(v.articleId)}" title="${escapeHtml(v.articleTitle)}">${escapeHtml(`“${v.text}”`)}</a>`,
    );
  if (hit.appearances.length > 0)
    out += links(
      "Said in: ",
      hit.appearances,
      (a) =>
        `<a href="/articles/${escapeHtml(a.articleId)}" title="${escapeHtml(`“${a.text}”`)}">${escapeHtml(a.articleTitle)}</a>`,
      hit.moreAppearances > 0 ? ` and ${hit.moreAppearances} more` : "",
    );
  if (hit.body) out += `<p class="small-text">${highlighted(hit.body)}</p>`;
  out += "<div>";
  if (hit.verdict) out += `<span class="verdict-chip">${escapeHtml(hit.verdict)}</span>`;
  out += " ";
  if (hit.status)
    out += `<span class="status status-${escapeHtml(hit.status)}">${escapeHtml(statusLabel(hit.status))}</span>`;
  return `${out}</div></li>`;
}

/**
 * Markup already made, by hit list: the server's page view is made once per cached result
 * (page-view.ts), so is its list's markup.
 */
const made = new WeakMap<PageHit[], string>();

/** The `<li>` of every hit, in order: the inside of the results list. */
export function hitsMarkup(hits: PageHit[]): string {
  let out = made.get(hits);
  if (out === undefined) {
    out = "";
    for (const hit of hits) out += hitMarkup(hit);
    made.set(hits, out);
  }
  return out;
}
