"""Public certifiers: choose the method and solver, replay attacks, return certificates."""
