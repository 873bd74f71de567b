// Two production builds of the web app in one process, rendering the same search pages in
// alternating rounds: which build costs a search page less CPU, measured so that the host's
// load (other processes, CPU frequency) falls on both alike. The load test measures one build
// at a time, and on a shared host one run swings its figure by ±0.4 × (decision 023).
//
//   pnpm --filter @claimdesk/web build            (in each checkout)
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/claimdesk_load_<n> \
//     node --import tsx scripts/compare-builds.ts <web dir A> <web dir B> [rounds=8] [pages=300]
//
// COMPARE_FLAGS_A / COMPARE_FLAGS_B give one build's process Node flags (the same web dir twice
// compares the flags: `COMPARE_FLAGS_B=--max-semi-space-size=32`).
//
// DATABASE_URL names a database filled by the load test (LOAD_KEEP=1 keeps one). Each build runs
// in its own child process (its own services, result cache and heap: the app keeps its
// services on globalThis). Each round, each child renders the next `pages` search requests of
// the load test's page mix and as many bare pages, one child after the other (A then B, then
// B then A the next round); each reports its own CPU. It prints the median CPU per request of
// each build, the search / bare ratio, B / A per round, and the machine.
import { fork } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { loadApp, renderCpu } from "./load/in-process.ts";

type Figures = { search: number; bare: number };

/** A child: loads one build, then renders the slice of each round it is sent. */
async function child(dir: string, pages: number) {
  const app = await loadApp(dir);
  process.on("message", async (round: number) => {
    const from = round * pages;
    const figures: Figures = {
      search: await renderCpu(app, app.searchUrl, from, pages, "compare"),
      bare: await renderCpu(app, app.bareUrl, from, pages, "compare"),
    };
    process.send?.(figures);
  });
  process.send?.("ready");
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

async function parent(dirs: string[], rounds: number, pages: number) {
  // COMPARE_FLAGS_A / COMPARE_FLAGS_B: Node flags for one build's process (the same build twice
  // with other flags compares the flags).
  const children = dirs.map((dir, b) =>
    fork(fileURLToPath(import.meta.url), ["--child", dir, String(pages)], {
      execArgv: [
        ...(process.env[`COMPARE_FLAGS_${"AB"[b]}`] ?? "").split(" ").filter(Boolean),
        "--import",
        "tsx",
      ],
    }),
  );
  const next = (c: (typeof children)[number]) =>
    new Promise<unknown>((ok, fail) => {
      // One exit listener per wait, removed once the answer came (not one more per round).
      const exited = (code: number | null) => fail(new Error(`a build's process ended (${code})`));
      c.once("exit", exited);
      c.once("message", (message) => {
        c.off("exit", exited);
        ok(message);
      });
    });
  await Promise.all(children.map(next));
  const ask = async (b: number, round: number) => {
    const answer = next(children[b]!);
    children[b]!.send(round);
    return (await answer) as Figures;
  };
  // Round 0 warms each build up (JIT, its result cache as a load-test run would see it).
  for (let b = 0; b < dirs.length; b++) await ask(b, 0);
  const figures = dirs.map(() => [] as Figures[]);
  const loadBefore = loadavg()[0]!;
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? [0, 1] : [1, 0];
    for (const b of order) figures[b]!.push(await ask(b, round));
  }
  for (const c of children) c.kill();
  console.log(
    `machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `${rounds} rounds × ${pages} search pages and ${pages} bare pages per build, medians:`,
  );
  dirs.forEach((dir, b) => {
    const runs = figures[b]!;
    const search = runs.map((f) => f.search);
    console.log(
      `  ${"AB"[b]} ${dir}: search page ${median(search).toFixed(2)} ms (rounds ${search.map((s) => s.toFixed(2)).join(" ")}), bare page ${median(runs.map((f) => f.bare)).toFixed(2)} ms, search / bare ${median(runs.map((f) => f.search / f.bare)).toFixed(2)} ×`,
    );
  });
  const perRound = figures[1]!.map((f, i) => f.search / figures[0]![i]!.search);
  console.log(
    `  B / A search page CPU, per round: median ${median(perRound).toFixed(3)} (${perRound.map((r) => r.toFixed(2)).join(" ")})`,
  );
}

if (process.argv[2] === "--child") {
  await child(process.argv[3]!, Number(process.argv[4]));
} else {
  const [dirA, dirB] = [process.argv[2], process.argv[3]];
  if (!dirA || !dirB)
    throw new Error("usage: compare-builds.ts <web dir A> <web dir B> [rounds=8] [pages=300]");
  await parent([dirA, dirB], Number(process.argv[4] ?? 8), Number(process.argv[5] ?? 300));
  process.exit(0);
}
