"""Question sets and the scorer for the assistant."""
