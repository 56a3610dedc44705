# One image for every service; the command picks which one runs:
#   all (default) | gateway | serials | products | warranty | recalls | ingest
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production SERIALHUB_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
ENTRYPOINT ["node", "dist/main.js"]
CMD ["all"]
