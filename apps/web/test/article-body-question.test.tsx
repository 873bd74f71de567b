// A reported question on the article page (decision 025, session 28): shown in place with its
// asker and the "question" label, with no control to make a claim from it.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody } from "../app/components/article-body.tsx";

const body = "Councillor Priya Banerjee asked whether the bridge repairs would be finished.";
const start = body.indexOf("whether");

describe("ArticleBody: a reported question", () => {
  it("marks the question with its asker and the question label, and offers no claim", () => {
    const html = renderToString(
      <ArticleBody
        body={body}
        openFormId="open-claim"
        statements={[
          {
            id: "q1",
            start,
            end: body.length - 1,
            kind: "question",
            speaker: "Priya Banerjee",
            claimId: null,
          },
        ]}
      />,
    );
    expect(html).toContain('class="statement kind-question"');
    expect(html).toContain("Priya Banerjee, question · not a claim");
    expect(html).not.toContain("make a claim");
    expect(html).not.toContain("<button");
  });
});
