"""Data files in ``docs/data/``: YAML read as nodes, so every problem can name its line.

PyYAML's ``safe_load`` silently keeps the last of two equal keys and forgets where a value was
written. The tools' word lists and calendars are edited by hand, so we compose the document
instead and walk the nodes: duplicates become errors and every value keeps its line number.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from akademi.problems import ContentError, Problem

_constructor = yaml.constructor.SafeConstructor()
# libyaml reads these files ten times faster; the node trees (tags, values, lines) are the same.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def compose(text: str, path: str) -> Node | None:
    """The YAML node tree of ``text``; a syntax error becomes a problem at its line."""
    try:
        return yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else 1
        reason = getattr(error, "problem", None) or str(error)
        raise ContentError(
            [Problem(path, line, f"Berkas ini bukan YAML yang sah ({reason}).")]
        ) from error


def line(node: Node) -> int:
    """1-based line where a node starts."""
    return node.start_mark.line + 1


def scalar(node: Node):
    """The Python value of a scalar node (str, int, float, bool or None); None otherwise."""
    if not isinstance(node, ScalarNode):
        return None
    return _constructor.construct_object(node, deep=True)


def is_mapping(node: Node | None) -> bool:
    return isinstance(node, MappingNode)


def is_sequence(node: Node | None) -> bool:
    return isinstance(node, SequenceNode)


def items(node: MappingNode) -> Iterator[tuple[str, int, Node]]:
    """(key, key line, value node) for each entry, duplicates included, in file order."""
    for key_node, value_node in node.value:
        key = scalar(key_node)
        yield ("" if key is None else str(key)), line(key_node), value_node


def text_value(node: Node | None) -> str | None:
    """A non-empty string scalar, stripped; None for anything else (empty, list, mapping)."""
    value = scalar(node) if node is not None else None
    if isinstance(value, bool) or value is None:
        return None
    value = str(value).strip()
    return value or None


def required_text(
    fields: dict[str, Node], key: str, path: str, at: int, problems: list[Problem], how: str = ""
) -> str | None:
    """``fields[key]`` as text; a problem at line ``at`` if it is missing or empty (``how``
    tells the author what to write)."""
    value = text_value(fields.get(key))
    if not value:
        problems.append(Problem(path, at, f"Kolom `{key}` wajib diisi{': ' + how if how else ''}."))
    return value


def text_list(node: Node | None) -> list[tuple[str | None, int]] | None:
    """A string or a list of strings as [(text or None, line)]; None if it is neither."""
    if node is None:
        return None
    if isinstance(node, SequenceNode):
        return [(text_value(item), line(item)) for item in node.value]
    if isinstance(node, ScalarNode):
        return [(text_value(node), line(node))]
    return None


def check_fields(
    node: MappingNode, allowed: set[str], path: str, problems: list, what: str
) -> None:
    """Report each key of ``node`` outside ``allowed``, at its line, naming the keys allowed."""
    for key, key_line, _ in items(node):
        if key not in allowed:
            problems.append(
                Problem(
                    path,
                    key_line,
                    f"Kolom `{key}` tidak dikenal pada {what}. Kolom yang tersedia: "
                    f"{', '.join(sorted(allowed))}.",
                )
            )
