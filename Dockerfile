# syntax=docker/dockerfile:1
# One image for every rma-hub service; the container's command chooses which one runs:
#   docker build -t rma-hub .
#   docker run --rm -e KAFKA_BROKERS=… -e DATABASE_URL=… rma-hub node -r @swc-node/register apps/router/src/main.ts
# docker-compose.yml runs each service in its own container from this image (README: "Run with Docker Compose").
#
# Not built on the project's machines (they have no Docker engine): scripts/deploy/compose.spec.ts
# checks this file and docker-compose.yml against the code instead.

ARG NODE_IMAGE=node:24-bookworm-slim

# --- dependencies, exactly the committed lock ---------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No install script is needed: the Prisma client is generated below, migrations run on Prisma's
# WebAssembly schema engine (no native engine download), and @swc/core's native binary is an
# ordinary optional dependency. Dev dependencies stay: the services run their TypeScript through
# @swc-node/register and @swc/core, and the migrate one-shot needs prisma's schema engine
# (@prisma/schema-engine-wasm, @prisma/driver-adapter-utils); all of them are devDependencies.
RUN npm ci --ignore-scripts --no-audit --no-fund

# --- the generated Prisma client (libs/persistence/src/generated, not committed) ----------------
FROM deps AS prisma
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm run --silent prisma:generate

# --- the web workspace, built to apps/web/dist (the gateway serves it at /app) ------------------
# Only what the build reads: the app and the typed API client it imports from source.
FROM deps AS web
COPY apps/web ./apps/web
COPY libs/api-client ./libs/api-client
RUN npm run --silent web:build

# --- runtime ------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
# Inside a container the services listen on every interface; the rest is the config's defaults.
ENV HTTP_HOST=0.0.0.0 \
    PORTAL_SIM_HOST=0.0.0.0 \
    NODE_OPTIONS=--disable-warning=TimeoutNegativeWarning
# Owned by root and read-only to the service user: a compromised service cannot rewrite its code.
COPY --from=deps /app/node_modules ./node_modules
COPY . .
COPY --from=prisma /app/libs/persistence/src/generated ./libs/persistence/src/generated
COPY --from=web /app/apps/web/dist ./apps/web/dist
# The image's own unprivileged user (uid 1000); @swc-node/register caches in /tmp, nothing else is written.
USER node
# The one-process hub by default; docker-compose.yml names each service instead.
CMD ["node", "-r", "@swc-node/register", "apps/all-in-one/src/main.ts"]
