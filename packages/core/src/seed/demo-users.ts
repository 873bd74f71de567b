import type { Role } from "@claimdesk/db";

/** Local-only demo accounts, printed in the README and at start-up. Never use in production. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  {
    email: "reviewer@claimdesk.local",
    name: "Riley Reviewer",
    role: "reviewer",
    password: "reviewer-demo-pass",
  },
  {
    email: "editor@claimdesk.local",
    name: "Eden Editor",
    role: "editor",
    password: "editor-demo-pass",
  },
  { email: "admin@claimdesk.local", name: "Ada Admin", role: "admin", password: "admin-demo-pass" },
];
