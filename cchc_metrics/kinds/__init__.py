"""One module per kind of claim; each reads number expressions into records of its kind."""
