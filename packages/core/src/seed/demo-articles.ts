import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/** The .txt files of `dir`, sorted by name (articles: plain text, first line the title). */
export function readTextFiles(dir: string): { name: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

/** The project's own demo articles (written for claimdesk; plain text, first line the title). */
export function readDemoArticles(): { name: string; text: string }[] {
  return readTextFiles(join(here, "demo-articles"));
}
