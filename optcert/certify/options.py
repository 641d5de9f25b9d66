"""Keyword options checked as the user would want: an unknown one named, with the valid ones and a
did-you-mean, instead of Python's TypeError. Shared by :func:`optcert.certify` and the certifiers
called directly."""

from __future__ import annotations

import difflib
import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ..exceptions import InvalidInputError

_F = TypeVar("_F", bound=Callable[..., Any])


def checked_options(func: _F) -> _F:
    """``func`` refusing an unknown keyword as :func:`certify` does: an
    :class:`~optcert.exceptions.InvalidInputError` naming its keyword-only options, with a
    did-you-mean, instead of Python's TypeError (for the certifiers called directly)."""
    params = inspect.signature(func).parameters.values()
    named = {p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD}
    valid = tuple(p.name for p in params if p.kind is p.KEYWORD_ONLY)

    @functools.wraps(func)
    def checked(*args, **kwargs):
        check_options(func.__name__, {k: v for k, v in kwargs.items() if k not in named}, valid)
        return func(*args, **kwargs)

    return cast(_F, checked)


def check_options(where: str, options: dict, valid: tuple[str, ...]) -> None:
    unknown = sorted(set(options) - set(valid))
    if unknown:
        hint = f"valid options: {', '.join(sorted(valid))}" if valid else "it takes no options"
        near = [difflib.get_close_matches(u, valid, n=1) for u in unknown]
        did = "".join(f" (did you mean {m[0]!r} for {u!r}?)" for u, m in zip(unknown, near) if m)
        raise InvalidInputError(f"unknown option(s) {unknown} for {where}; {hint}{did}")
