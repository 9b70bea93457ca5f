"""factcheck: find, attribute, store and review checkable claims in news text."""

__version__ = "0.1.0"
