import { describe, expect, it } from "vitest";
import { auditActionLabel } from "./labels.ts";

describe("auditActionLabel", () => {
  it("names known actions in the desk's words", () => {
    expect(auditActionLabel("evidence.add")).toBe("Evidence added");
    expect(auditActionLabel("claim.send_back")).toBe("Sent back to research");
  });
  it("turns an unknown code into words instead of showing the code", () => {
    expect(auditActionLabel("claim.tag_add")).toBe("Claim tag add");
    expect(auditActionLabel("")).toBe("Change");
  });
});
