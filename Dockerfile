# Serves the Newslens dashboard on a host, for a shared link: docker build -t newslens . && docker run -p 8501:8501 newslens
# Another corpus: docker run -p 8501:8501 -v /path/to/articles:/corpus -e NEWSLENS_CORPUS=/corpus newslens
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY analysis ./analysis
COPY dashboard ./dashboard
COPY seeds ./seeds
COPY .streamlit ./.streamlit
RUN pip install --no-cache-dir .
# The tables are cached per corpus under here; mount a volume to keep them across containers.
ENV NEWSLENS_CACHE=/app/.newslens-cache
EXPOSE 8501
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8501/_stcore/health')"
CMD ["streamlit", "run", "dashboard/app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
