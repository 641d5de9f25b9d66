"""The optcert instance library (see README.md); build with ``python -m models.build``."""
