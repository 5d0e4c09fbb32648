# Production image: the site as a standalone Node server. Content is baked in at build time.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG SITE_URL=http://localhost:3000
ENV SITE_URL=$SITE_URL NEXT_OUTPUT=standalone
RUN npm run build \
 && cp -r .next/static .next/standalone/.next/static \
 && cp .next/search-documents.json .next/standalone/.next/ \
 && cp -r public .next/standalone/public \
 && cp -r content .next/standalone/content

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data
COPY --from=build --chown=node:node /app/.next/standalone ./
# Inquiries (SQLite) outlive the container: mount a volume at /data.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server.js"]
