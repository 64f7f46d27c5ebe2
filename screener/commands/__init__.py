"""One module per CLI command, as in pre-commit; cli.py only parses and dispatches."""
