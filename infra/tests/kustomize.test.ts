import { describe, expect, it } from "vitest";
import { applyOperation, splitImage } from "../src/kustomize.ts";

describe("JSON 6902 patches", () => {
  it("adds, replaces and removes members and array elements", () => {
    const doc = { spec: { list: [1, 2], a: 1 } } as Record<string, unknown>;
    applyOperation(doc, { op: "replace", path: "/spec/a", value: 2 }, "k", "t");
    applyOperation(doc, { op: "add", path: "/spec/list/-", value: 3 }, "k", "t");
    applyOperation(doc, { op: "remove", path: "/spec/list/0" }, "k", "t");
    applyOperation(doc, { op: "add", path: "/spec/b~1c", value: true }, "k", "t");
    expect(doc).toEqual({ spec: { list: [2, 3], a: 2, "b/c": true } });
  });

  it("fails on a path that does not exist, as kustomize does", () => {
    expect(() =>
      applyOperation({ spec: {} }, { op: "replace", path: "/spec/missing", value: 1 }, "k", "t"),
    ).toThrow(/does not exist/);
    expect(() =>
      applyOperation({ spec: {} }, { op: "add", path: "/nope/x", value: 1 }, "k", "t"),
    ).toThrow(/"nope" does not exist/);
  });
});

describe("image references", () => {
  it("splits registry, port, tag and digest", () => {
    expect(splitImage("registry:5000/a/b:1.2")).toEqual({ name: "registry:5000/a/b", tag: "1.2" });
    expect(splitImage("registry:5000/a/b")).toEqual({ name: "registry:5000/a/b" });
    expect(splitImage("a@sha256:abc")).toEqual({ name: "a", digest: "sha256:abc" });
  });
});
