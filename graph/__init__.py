"""Reading, normalising, extracting, resolving, mapping to RDF, storing and drawing releases."""
