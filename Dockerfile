# One image for every process of the hub; its command chooses which one runs:
#   node --max-old-space-size=128 --max-semi-space-size=16 dist/gateway/main.js   (the default)
#   node dist/subgraphs/servizio-civile/main.js   (--migrate-only: migrate and seed, then exit)
#   node dist/subgraphs/leva-civica/main.js
#   node dist/subgraphs/spazio-comune/main.js
#   node dist/scripts/token.js, node dist/scripts/keys.js   (the embedded key pair, without an identity provider)
# Build from the repository root: docker build -t milano-municipal-graph .
# It runs with a read-only root filesystem: nothing is written but the embedded key pair, on a volume.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY gateway gateway
COPY subgraphs subgraphs
COPY scripts scripts
COPY schema schema
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/schema schema
# The processes keep nothing on local disk but the embedded key pair, used only without an identity
# provider: the mount points of its volumes (the pair, and its public half alone) belong to the user.
RUN mkdir -p .data/keys .data/public-keys && chown -R node:node .data
# Numeric, so that Kubernetes can check runAsNonRoot (the node image's "node" user is 1000).
USER 1000:1000
EXPOSE 4000 4001 4002 4003
# The gateway's heap flags (server/heap.ts, GATEWAY_HEAP_FLAGS): its memory stays bounded under load.
CMD ["node", "--max-old-space-size=128", "--max-semi-space-size=16", "dist/gateway/main.js"]
