import { describe, expect, it } from "vitest";
import { FeedParseError, parseFeed } from "./parse-feed.ts";

describe("parseFeed", () => {
  it("reads RSS 2.0 items with guid, absolute link and date", () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor &amp; City</title>
      <item><title>One</title><link>/news/one</link><guid isPermaLink="false">a-1</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item>
      <item><title>Two</title><link>https://news.example.com/two</link></item></channel></rss>`,
      { baseUrl: "https://news.example.com/feed.xml" },
    );
    expect(feed.title).toBe("Harbor & City");
    expect(feed.items).toEqual([
      {
        guid: "a-1",
        url: "https://news.example.com/news/one",
        title: "One",
        publishedAt: new Date("2024-03-05T10:00:00Z"),
      },
      {
        guid: "https://news.example.com/two",
        url: "https://news.example.com/two",
        title: "Two",
        publishedAt: null,
      },
    ]);
  });

  it("reads Atom entries, preferring the alternate link", () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
      <entry><id>tag:x,2024:1</id><title type="html">First</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/1"/><updated>2024-01-01T00:00:00Z</updated></entry></feed>`);
    expect(feed.format).toBe("atom");
    expect(feed.items[0]).toMatchObject({
      guid: "tag:x,2024:1",
      url: "https://x.example/1",
      title: "First",
    });
  });

  it("reports malformed XML with its position, and documents that are not feeds", () => {
    expect(() => parseFeed("<rss><channel><item></channel></rss>")).toThrow(FeedParseError);
    expect(() => parseFeed("<rss><channel><item></channel></rss>")).toThrow(
      /malformed XML at line 1/,
    );
    expect(() => parseFeed("<html><body>hi</body></html>")).toThrow(
      /not an RSS or Atom feed \(the document is <html>\)/,
    );
    expect(() => parseFeed("")).toThrow(/empty/);
  });
});
