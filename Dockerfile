# The Rasd worker image (also used by the one-shot feeder in docker-compose.yml).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY stream ./stream
COPY schemas ./schemas
COPY samples ./samples
RUN uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
RUN useradd --system --uid 10001 rasd && mkdir -p /var/lib/rasd && chown rasd /var/lib/rasd
USER rasd
EXPOSE 6066
CMD ["rasd", "worker"]
