// The router patch (patches/README.md) keeps a route tree's flattened, ranked branches with the
// tree. Matching must stay what the router decides, and a tree that grows in place (the
// browser's lazy route discovery adds routes to it) must be matched as it is now.
import { matchRoutes } from "@remix-run/react";
import { describe, expect, it } from "vitest";

type Route = { id: string; path?: string; index?: boolean; children?: Route[] };

const ids = (routes: Route[], path: string) =>
  matchRoutes(routes, path)?.map((m) => m.route.id) ?? null;

describe("matchRoutes with kept branches", () => {
  it("ranks static segments over dynamic ones and splats last, on every call", () => {
    const routes: Route[] = [
      {
        id: "root",
        path: "/",
        children: [
          { id: "index", index: true },
          { id: "splat", path: "*" },
          { id: "claim", path: "claims/:id" },
          { id: "claims-new", path: "claims/new" },
        ],
      },
    ];
    for (let i = 0; i < 3; i++) {
      expect(ids(routes, "/claims/new")).toEqual(["root", "claims-new"]);
      expect(ids(routes, "/claims/c1")).toEqual(["root", "claim"]);
      expect(ids(routes, "/")).toEqual(["root", "index"]);
      expect(ids(routes, "/elsewhere/deep")).toEqual(["root", "splat"]);
    }
  });

  it("matches a route added to the tree in place after the tree was matched", () => {
    const children: Route[] = [{ id: "search", path: "search" }];
    const routes: Route[] = [{ id: "root", path: "/", children }];
    expect(ids(routes, "/speakers/jane")).toBeNull();
    children.push({ id: "speaker", path: "speakers/:slug" });
    expect(ids(routes, "/speakers/jane")).toEqual(["root", "speaker"]);
    // and a deeper addition
    children[1]!.children = [{ id: "speaker-claims", path: "claims" }];
    expect(ids(routes, "/speakers/jane/claims")).toEqual(["root", "speaker", "speaker-claims"]);
  });
});
