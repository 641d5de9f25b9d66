"""optcert: exact certificates against label-flip poisoning."""

__version__ = "0.1.0"
