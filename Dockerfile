FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY app app
COPY graph graph
COPY ingest ingest
COPY queries queries
COPY evaluation evaluation
RUN pip install --no-cache-dir .
ENV VILAO_STORE=/data
EXPOSE 8000
CMD ["sh", "-c", "vilao ingest ingest/samples && vilao serve --host 0.0.0.0 --port 8000"]
