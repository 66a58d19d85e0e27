# Serves the Newslens dashboard on a host (a shared link): docker build -t newslens . &&
# docker run -p 8501:8501 newslens   (another corpus: -v /path/to/articles:/corpus -e NEWSLENS_CORPUS=/corpus)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    STREAMLIT_BROWSER_GATHER_USAGE_STATS=false \
    NEWSLENS_CACHE=/data/cache

WORKDIR /app
# Dependencies first, so editing the code does not reinstall them.
COPY pyproject.toml README.md ./
COPY analysis ./analysis
COPY dashboard ./dashboard
RUN pip install .
COPY .streamlit ./.streamlit
COPY seeds ./seeds

RUN useradd --create-home --uid 1000 newslens && mkdir -p /data/cache && chown -R newslens /data /app
USER newslens

EXPOSE 8501
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8501/_stcore/health')"
CMD ["streamlit", "run", "dashboard/app.py", "--server.address", "0.0.0.0", "--server.port", "8501", "--server.headless", "true"]
