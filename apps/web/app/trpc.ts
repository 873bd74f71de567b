import type { AppRouter } from "@claimdesk/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** Typed tRPC hooks for the browser; the provider is set up in root.tsx. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
