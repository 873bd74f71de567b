import type { Db } from "@claimdesk/db";
import { createTextArticle } from "../articles/create-text-article.ts";
import { badRequest } from "../errors.ts";
import { parseHtmlPage } from "./parse-html.ts";

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Stores an uploaded .html/.htm or .txt file as an article (status queued, for extraction):
 * HTML goes through the same Readability path as fetched pages; text is stored like pasted
 * text (first line the title). De-duplicated by content like pasted text (`duplicate: true`).
 */
export async function createFileArticle(
  db: Db,
  input: {
    fileName: string;
    content: Buffer | string;
    submittedById?: string | null;
    url?: string | null;
    /** what the reviewer said: wins over what the file says */
    title?: string;
    publishedAt?: Date | null;
    outletId?: string | null;
  },
) {
  const size =
    typeof input.content === "string" ? Buffer.byteLength(input.content) : input.content.length;
  if (size > MAX_FILE_BYTES) {
    throw badRequest(`${input.fileName} is ${(size / 1e6).toFixed(1)} MB; the limit is 5 MB.`);
  }
  const text =
    typeof input.content === "string"
      ? input.content
      : new TextDecoder("utf-8").decode(input.content);
  const lower = input.fileName.toLowerCase();
  const isHtml = /\.(html?|xhtml)$/.test(lower) || /^\s*(<!doctype html|<html)/i.test(text);
  if (!isHtml && !/\.(txt|text|md)$/.test(lower)) {
    throw badRequest(`${input.fileName}: only .txt and .html files can be ingested.`);
  }
  if (!isHtml) {
    return createTextArticle(db, {
      body: text,
      source: "file",
      submittedById: input.submittedById ?? null,
      title: input.title,
      url: input.url ?? null,
      publishedAt: input.publishedAt ?? null,
      outletId: input.outletId ?? null,
    });
  }
  const page = parseHtmlPage(text, { url: input.url ?? undefined });
  if (!page.body.trim()) throw badRequest(`${input.fileName}: the page has no readable text.`);
  return createTextArticle(db, {
    title: input.title || page.title,
    body: page.body,
    byline: page.byline,
    publishedAt: input.publishedAt ?? page.publishedAt,
    url: input.url ?? null,
    outletId: input.outletId ?? null,
    language: page.language,
    html: page.html,
    source: "file",
    submittedById: input.submittedById ?? null,
  });
}
