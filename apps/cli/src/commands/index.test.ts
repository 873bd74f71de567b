// The command list names each command without importing it (decision 022): each entry must
// load the command of its name, and a name must not be listed twice.
import { describe, expect, it } from "vitest";
import { commands, loadCommand } from "./index.ts";

describe("the command list", () => {
  it("loads, for every name, the command of that name", async () => {
    for (const entry of commands) {
      const command = await loadCommand(entry);
      expect(command.name).toBe(entry.name);
      expect(command.summary.length).toBeGreaterThan(0);
    }
  });

  it("lists each name once", () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("refuses an entry whose module has another command", async () => {
    const { matchCommand } = await import("./match.ts");
    await expect(loadCommand({ name: "search", load: async () => matchCommand })).rejects.toThrow(
      'command "search" loads a command named "match"',
    );
  });
});
