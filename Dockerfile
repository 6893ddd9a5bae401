# termbase HTTP API and web page, served as a non-root user.
# Not built in our CI (no Docker engine there); kept minimal so it stays obviously correct.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY glossaries ./glossaries
RUN pip install . && useradd --system --uid 10001 --home-dir /app termbase

USER termbase
EXPOSE 8000
# The supervisor is the main process: SIGHUP reloads (validated, then rolled
# worker by worker), SIGTERM lets every worker finish its requests (up to 30 s) before it stops.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"
# Access logs are JSON lines on stderr; settings are TERMBASE_* variables (README "Settings").
CMD ["termbase", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
