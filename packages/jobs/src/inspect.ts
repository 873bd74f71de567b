import { allJobs } from "./definitions.ts";

/** Runs one SQL statement with $1… parameters and returns its rows (e.g. Prisma's $queryRawUnsafe). */
export type Sql = <T>(text: string, ...values: unknown[]) => Promise<T[]>;

export interface QueueCounts {
  name: string;
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

export interface JobRow {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retryCount: number;
  startedOn: Date | null;
  completedOn: Date | null;
  createdOn: Date;
}

const JOB_COLUMNS = `id::text as id, name, data, output, retry_count as "retryCount",
  started_on as "startedOn", completed_on as "completedOn", created_on as "createdOn"`;

/** True when pg-boss has created its schema (a worker has started once). */
async function hasQueueSchema(sql: Sql): Promise<boolean> {
  const rows = await sql<{ ok: boolean }>(`select to_regclass('pgboss.job') is not null as ok`);
  return rows[0]?.ok === true;
}

/** Per job queue: queued (created or waiting to retry), active, failed, completed (not yet archived). */
export async function getQueueCounts(sql: Sql): Promise<QueueCounts[]> {
  const rows = (await hasQueueSchema(sql))
    ? await sql<{ name: string; state: string; n: number }>(
        `select name, state::text as state, count(*)::int as n from pgboss.job group by name, state`,
      )
    : [];
  return allJobs.map(({ name }) => {
    const of = (...states: string[]) =>
      rows.filter((r) => r.name === name && states.includes(r.state)).reduce((n, r) => n + r.n, 0);
    return {
      name,
      queued: of("created", "retry"),
      active: of("active"),
      failed: of("failed"),
      completed: of("completed"),
    };
  });
}

/** Failed jobs, newest first. */
export async function listFailedJobs(sql: Sql, page: { limit: number; offset: number }) {
  if (!(await hasQueueSchema(sql))) return { total: 0, rows: [] as JobRow[] };
  const [count] = await sql<{ n: number }>(
    `select count(*)::int as n from pgboss.job where state = 'failed'`,
  );
  const rows = await sql<JobRow>(
    `select ${JOB_COLUMNS} from pgboss.job where state = 'failed'
     order by completed_on desc nulls last, id desc limit $1 offset $2`,
    page.limit,
    page.offset,
  );
  return { total: count?.n ?? 0, rows };
}

/** Jobs being worked on now, oldest first. */
export async function listActiveJobs(sql: Sql, limit = 100): Promise<JobRow[]> {
  if (!(await hasQueueSchema(sql))) return [];
  return sql<JobRow>(
    `select ${JOB_COLUMNS} from pgboss.job where state = 'active' order by started_on limit $1`,
    limit,
  );
}

/** The error a failed job recorded (pg-boss keeps the thrown error in `output`). */
export function jobErrorMessage(output: unknown): string {
  if (!output) return "failed (no error recorded)";
  if (typeof output === "string") return output;
  const o = output as { message?: unknown; value?: unknown };
  if (typeof o.message === "string") return o.message;
  if (typeof o.value === "string") return o.value;
  return JSON.stringify(output).slice(0, 500);
}
