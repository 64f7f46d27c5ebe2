"""screener: pre-publication screening of school posts for personal data and protocol rules."""

__version__ = "0.12.0"
