"""Context stages: what surrounds a number (qualifier, status, subject, dates, places, refs)."""
