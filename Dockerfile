# The bot as a webhook server (issue 19). Build: docker build -t bpjstk-bot .
# Slim, non-root; state lives in DATABASE_URL (PostgreSQL) or /app/data (SQLite, one instance).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
# Dependencies and code first (cached while only faq/ or templates/ change).
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip install . && rm -rf /root/.cache

# Content staff edit; the bot reloads it when it changes (owned by the bot: /belajar writes it).
COPY faq ./faq
COPY templates ./templates

RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir -p /app/data \
    && chown -R bot:bot /app/data /app/faq /app/templates
USER bot

ENV FAQ_DIR=/app/faq \
    TEMPLATES_DIR=/app/templates \
    BOT_DB_PATH=/app/data/bot.sqlite3 \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8443
EXPOSE 8443

# 200 when the database answers and the content is loaded (bot/telegram/webhook.py).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('WEBHOOK_PORT', '8443') + '/healthz', timeout=4)"]

CMD ["python", "-m", "bot", "run", "--webhook"]
