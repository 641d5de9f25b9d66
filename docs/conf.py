"""Sphinx configuration of optcert's documentation (``docs/``).

Build the site (from the repository root)::

    .venv/bin/sphinx-build -W --keep-going -b html docs docs/_build/html
    .venv/bin/sphinx-build -W --keep-going -b doctest docs docs/_build/doctest

Nothing here reaches the network: the math is rendered by MathJax in the reader's browser, the
notebooks of ``notebooks/`` are copied next to this file and executed at tiny size
(``OPTCERT_TINY=1``) by myst-nb; ``-D nb_execution_mode=off`` renders them without running them.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))  # the checkout's optcert (and models/, experiments/) first

os.environ.setdefault("OPTCERT_TINY", "1")  # notebooks and examples at tiny size
os.environ.setdefault("MPLBACKEND", "Agg")

import optcert  # noqa: E402

# -- project ---------------------------------------------------------------------------------
project = "optcert"
author = "the optcert developers"
copyright = "the optcert developers, MIT licence"
version = release = optcert.__version__

# -- extensions ------------------------------------------------------------------------------
extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.doctest",
    "sphinx.ext.mathjax",
    "numpydoc",
    "myst_nb",  # MyST Markdown pages and the notebooks
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "jupyter_execute", "**/.ipynb_checkpoints", "README.md"]
templates_path = ["_templates"]

nitpicky = True  # every cross-reference must resolve
# Types of other projects: there is no network for intersphinx, so they stay plain text.
nitpick_ignore_regex = [
    (r"py:(class|obj|data)", r"(np|numpy|pyo|pyomo|scipy|sklearn|dask|jax|typing|collections|enum)\b.*"),
    (r"py:(class|obj)", r"(optional|array-like|callable|sequence|mapping|iterable)"),
]

# -- autodoc / autosummary / numpydoc -------------------------------------------------------
autosummary_generate = True
autosummary_imported_members = True
autodoc_typehints = "none"           # the docstrings state types and shapes in words
autodoc_member_order = "bysource"
autodoc_default_options: dict[str, object] = {}
add_module_names = False
numpydoc_show_class_members = False
numpydoc_class_members_toctree = False
numpydoc_xref_param_type = False
numpydoc_validation_checks: set[str] = set()

# -- doctest ---------------------------------------------------------------------------------
doctest_global_setup = """
import numpy as np
import optcert
"""
doctest_test_doctest_blocks = ""  # only the explicit {doctest} blocks of the pages run

# -- MyST / myst-nb --------------------------------------------------------------------------
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_heading_anchors = 3
myst_dmath_double_inline = True
nb_execution_mode = "force"          # the notebooks are committed without outputs
nb_execution_timeout = 600
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_merge_streams = True

# -- HTML ------------------------------------------------------------------------------------
html_theme = "alabaster"
html_title = f"optcert {release}"
html_static_path: list[str] = []
html_theme_options = {
    "description": "Exact certificates against label-flip poisoning",
    "fixed_sidebar": True,
    "page_width": "1100px",
    "sidebar_width": "240px",
}
html_sidebars = {"**": ["about.html", "navigation.html", "relations.html", "searchbox.html"]}


# -- generated inputs ------------------------------------------------------------------------
NOTEBOOKS = ("correctness", "solver_comparison", "experiments")


def _copy_notebooks() -> None:
    """The notebooks live in ``notebooks/``; myst-nb renders copies placed beside their page."""
    dest = HERE / "notebooks"
    dest.mkdir(exist_ok=True)
    for name in NOTEBOOKS:
        src = ROOT / "notebooks" / f"{name}.ipynb"
        target = dest / f"{name}.ipynb"
        if not target.exists() or target.read_bytes() != src.read_bytes():
            shutil.copyfile(src, target)


def _write_cli_help() -> None:
    """``optcert --help`` and ``optcert certify --help`` as included text (never out of date)."""
    from optcert.cli import build_parser

    out = HERE / "guide" / "_generated"
    out.mkdir(exist_ok=True)
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    texts = {"cli_main.txt": parser.format_help(), "cli_certify.txt": sub.choices["certify"].format_help()}
    for name, text in texts.items():
        text = re.sub(r"[ \t]+\n", "\n", text)
        path = out / name
        if not path.exists() or path.read_text() != text:
            path.write_text(text)


_copy_notebooks()
_write_cli_help()


# -- checks: every public name has a page and a docstring ------------------------------------
def _public_names() -> dict[str, list[str]]:
    import optcert.formulations
    import optcert.nn
    import optcert.solvers

    return {"optcert": list(optcert.__all__), "optcert.formulations": list(optcert.formulations.__all__),
            "optcert.solvers": list(optcert.solvers.__all__), "optcert.nn": list(optcert.nn.__all__)}


def _check_api_reference(app) -> None:
    """Warn (an error under -W) for a public name missing from the API pages or without a docstring."""
    from sphinx.util import logging

    log = logging.getLogger("optcert.docs")
    api_text = "\n".join(p.read_text() for p in sorted((HERE / "api").glob("*.md")))
    listed = set()
    current = "optcert"
    for line in api_text.splitlines():
        found = re.match(r"\.\. currentmodule:: ([\w.]+)", line)
        if found:
            current = found.group(1)
        found = re.match(r"\.\. auto(?:function|class|exception|data):: ([\w.]+)", line)
        if found:
            name = found.group(1)
            listed.add(name if name.startswith("optcert.") else f"{current}.{name}")
    for module, names in _public_names().items():
        mod = sys.modules[module]
        for name in names:
            if f"{module}.{name}" not in listed:
                log.warning("public name %s.%s is missing from the API reference (docs/api/*.md)",
                            module, name, type="optcert", subtype="api")
            obj = getattr(mod, name)
            if not isinstance(obj, (tuple, frozenset, dict, list, str)) and not (obj.__doc__ or "").strip():
                log.warning("public name %s.%s has no docstring", module, name,
                            type="optcert", subtype="api")


# -- docstrings: plain-text conventions --------------------------------------------------
_PAGE = re.compile(r"\bdocs/((?:math|guide|api|results|notebooks)/[\w-]+)\.md\b")
_ABS = re.compile(r"(?<![\\`|])\|(?=[^\s|`])([^|`]*?[^\s|`\\])\|(?![`_|])")


def _docstring_text(app, what, name, obj, options, lines) -> None:
    """Plain-text conventions of the docstrings, made reStructuredText.

    ``|z| <= C`` is an absolute value, not a substitution: its bars are escaped. A page of this
    site named by its path (``docs/math/milp.md``, readable in ``help()`` too) becomes a link to
    that page (an unknown page is then a broken reference). Literal blocks (after ``::``) and
    inline literals are left as they are.
    """
    literal_indent = None
    for i, line in enumerate(lines):
        indent = len(line) - len(line.lstrip())
        if literal_indent is not None:
            if line.strip() and indent <= literal_indent:
                literal_indent = None
            else:
                continue
        parts = re.split(r"(``.*?``)", line)
        lines[i] = "".join(part if part.startswith("``") else _PAGE.sub(r":doc:`docs/\1.md </\1>`",
                                                                     _ABS.sub(r"\\|\1\\|", part))
                           for part in parts)
        if line.rstrip().endswith("::"):
            literal_indent = indent


# -- references to names documented under another path --------------------------------------
def _import_path(path: str):
    """The object at dotted ``path`` (modules imported as needed), or None."""
    import importlib

    parts = path.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        try:
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return None
        return obj
    return None


def _candidates(node) -> list[str]:
    """Full dotted paths a (possibly relative) Python reference may mean, most specific first."""
    target = node["reftarget"].lstrip("~")
    module, cls = node.get("py:module"), node.get("py:class")
    if target.startswith("."):
        found = []
        base = module or ""
        while base:
            found.append(base + target)
            base = base.rpartition(".")[0]
        return found
    found = []
    if module and cls:
        found.append(f"{module}.{cls}.{target}")
    if module:
        found.append(f"{module}.{target}")
        parent = module.rpartition(".")[0]
        while parent:
            found.append(f"{parent}.{target}")
            parent = parent.rpartition(".")[0]
    found.append(target)
    # a docstring shown under another name (optcert.knapsack_radius) refers to the names of the
    # module it was written in (optcert.exact.aggregation): autodoc records that in the source
    source = re.search(r"docstring of ([\w.]+)", node.source or "")
    if source:
        holder = source.group(1).rpartition(".")[0]
        while holder:
            found.append(f"{holder}.{target}")
            holder = holder.rpartition(".")[0]
    return found


def _resolve_elsewhere(app, env, node, contnode):
    """Resolve a Python reference that names a real optcert object by another path.

    Public names are documented where users import them from (``optcert.KernelSVM``), while
    docstrings often name them by module (``optcert.learners.KernelSVM``); private helpers are
    not documented at all, only their module. A reference is linked to the same object's
    documented entry, else to the documented module or class that holds it. A reference to a
    name that does not exist stays unresolved, so nitpicky mode still reports it.
    """
    if node.get("refdomain") != "py":
        return None
    domain = env.get_domain("py")
    objects = domain.objects
    for path in _candidates(node):
        if not path.startswith("optcert"):
            continue
        obj = _import_path(path)
        if obj is None:
            continue
        if path not in objects:  # the same object under a documented name?
            name = path.rpartition(".")[2]
            for doc in (f"optcert.{name}", f"optcert.solvers.{name}", f"optcert.formulations.{name}",
                        f"optcert.nn.{name}"):
                if doc in objects and _import_path(doc) is obj:
                    path = doc
                    break
        while path and path not in objects:  # else the nearest documented holder
            path = path.rpartition(".")[0]
        if not path:
            continue
        kind = objects[path].objtype
        role = {"module": "mod", "class": "class", "exception": "exc", "function": "func",
                "method": "meth", "attribute": "attr", "data": "data", "property": "attr"}.get(kind, "obj")
        return domain.resolve_xref(env, node["refdoc"], app.builder, role, path, node, contnode)
    return None


def setup(app):
    app.connect("builder-inited", _check_api_reference)
    app.connect("missing-reference", _resolve_elsewhere)
    app.connect("autodoc-process-docstring", _docstring_text)
    return {"parallel_read_safe": True}
