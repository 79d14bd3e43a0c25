"""The FastAPI application: SPARQL endpoint and pages, built by `create_app(store)`."""
