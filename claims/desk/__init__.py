"""The fact-checker's desk: custom admin views, rendering helpers and read-only queries for them."""
