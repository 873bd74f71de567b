import { formString } from "./form.server.ts";

/** The upload limit (core's MAX_FILE_BYTES), checked before the file is read. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

interface Details {
  headline: string;
  outlet: string;
  publishedOn: string;
  originalUrl: string;
}
type Submission =
  | { url: string }
  | (Details & { text: string })
  | (Details & { file: { name: string; content: string } });

/**
 * The submit form → the article.submit input: an uploaded file wins over pasted text, pasted
 * text over a URL to fetch. Errors a person can act on come back as `{ error }`.
 */
export async function readArticleSubmission(
  form: FormData,
): Promise<Submission | { error: string }> {
  const details = {
    headline: formString(form, "headline"),
    outlet: formString(form, "outlet"),
    publishedOn: formString(form, "publishedOn").trim(),
    originalUrl: formString(form, "originalUrl"),
  };
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_UPLOAD_BYTES)
      return {
        error: `File: ${file.name} is ${(file.size / 1e6).toFixed(1)} MB; the limit is 5 MB.`,
      };
    if (!/\.(txt|text|md|html?|xhtml)$/i.test(file.name))
      return { error: `File: ${file.name} is not a .txt or .html file.` };
    return { ...details, file: { name: file.name, content: await file.text() } };
  }
  if (formString(form, "text").trim()) return { ...details, text: formString(form, "text") };
  if (!formString(form, "url").trim())
    return {
      error:
        "Paste the article text, upload a file, or enter the address (URL) of the article to fetch.",
    };
  return { url: formString(form, "url") };
}
