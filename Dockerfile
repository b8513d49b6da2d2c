# Samenspel: one image for `migrate`, `serve` and `worker` (docs/in-productie.md). Not built in this repository's CI:
# the development machines have no Docker; tests/integration/test_container.py checks these commands against docs/in-productie.md.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

# Exact versions from constraints.txt, like `make`; no test tools in the image.
COPY pyproject.toml constraints.txt README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY scheduler ./scheduler
COPY storage ./storage
RUN pip install -c constraints.txt . \
    && useradd --system --uid 10001 --no-create-home samenspel

USER samenspel
ENV HOST=0.0.0.0 PORT=3978 LOG_FORMAT=json SAMENSPEL_DEMO=false
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"]

ENTRYPOINT ["samenspel"]
CMD ["serve"]
