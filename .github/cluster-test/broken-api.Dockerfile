# A deliberately bad release for the nightly cluster test: the real API image, started with a server
# that passes every probe but answers 500 to shop traffic, so only the canary analysis
# (error rate from Prometheus) can stop it. Never built outside .github/workflows/cluster-test.yml.
# no HEALTHCHECK: it keeps the API image's own, and in the cluster the Rollout's probes decide.
# API_IMAGE has no default: the job passes the API image it just built, by digest.
ARG API_IMAGE
FROM ${API_IMAGE}
COPY --chown=10001:10001 .github/cluster-test/broken-api.mjs /app/broken-api.mjs
USER 10001:10001
CMD ["node", "/app/broken-api.mjs"]
