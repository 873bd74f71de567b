/** A single-line article of about `chars` characters: quotes, reported speech and numbers. */
export function largeSingleLineArticle(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const s = `"The harbor bridge carries ${62_000 + i} vehicles a day," said Mayor Elena Vasquez on Tuesday. The council voted 5-4 to cut the repair budget by $${3 + (i % 90)} million, according to city records.`;
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(" ").slice(0, chars);
}
