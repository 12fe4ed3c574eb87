"""jixiao: read, extract and cross-check Chinese budget performance-evaluation reports."""

__version__ = "0.1.0"
