import { describe, expect, it } from "vitest";
import { parseHtmlPage } from "./parse-html.ts";

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Bridge | The Daily Harbor</title>
<meta property="og:site_name" content="The Daily Harbor">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Council splits over bridge","author":[{"@type":"Person","name":"Ana Ruiz"}],"publisher":{"name":"Harbor Media"}}]}</script>
<script>steal()</script><style>p{}</style></head>
<body onload="x()"><nav>Home | News | Sport</nav><article><h1>Council splits over bridge</h1>
<p>The council voted 5-4 on Tuesday to cut the bridge budget. "This bridge carries 62,000 vehicles a day," said Mayor Elena Vasquez.</p>
<p>Opponents said the cut would delay repairs <a href="javascript:alert(1)" onclick="y()">by years</a>. The city spent $4 million on the bridge in 2023.</p>
<p>Work is scheduled to begin next spring, officials said, pending a final vote in the summer session.</p>
<iframe src="https://ads.example/"></iframe></article><footer>© 2024</footer></body></html>`;

describe("parseHtmlPage", () => {
  it("takes readable text as paragraphs separated by blank lines, and metadata from meta tags and JSON-LD", () => {
    const page = parseHtmlPage(PAGE, { url: "https://www.dailyharbor.example/bridge" });
    expect(page.title).toBe("Council splits over bridge");
    expect(page.byline).toBe("Ana Ruiz");
    expect(page.publishedAt?.toISOString()).toBe("2024-03-05T10:00:00.000Z");
    expect(page.siteName).toBe("The Daily Harbor");
    expect(page.language).toBe("en-GB");
    const paragraphs = page.body.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe(
      'The council voted 5-4 on Tuesday to cut the bridge budget. "This bridge carries 62,000 vehicles a day," said Mayor Elena Vasquez.',
    );
    expect(page.body).not.toMatch(/Home \| News|©/);
  });

  it("stores the page without scripts, styles, frames, event handlers or javascript: links", () => {
    const { html } = parseHtmlPage(PAGE);
    expect(html).toContain("62,000 vehicles");
    expect(html).not.toMatch(/<script|<style|<iframe|onload|onclick|javascript:/i);
  });
});
