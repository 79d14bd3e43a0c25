"""phakhi: a knowledge graph of Thai industrial-policy actors built from government press releases."""

__version__ = "0.1.0"
