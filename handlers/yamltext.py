"""YAML from a file someone wrote: plain data only, read in time linear in the file.

yaml.safe_load constructs no Python objects, but it does expand aliases: ten nested anchors of ten aliases each
(billion laughs) make 10^9 nodes from a few hundred bytes. The composer keeps an alias as the same node object
as its anchor, so a walk that meets a node twice has found an alias and stops at once, before anything grows.
Every tag other than YAML's plain ones (text, numbers, booleans, dates, lists, mappings) is refused.
"""
from __future__ import annotations

from typing import Any

import yaml

from handlers.texts import bestanden as t

# libyaml when present: the 2,000-person registry must load in well under a second.
Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                       ("str", "int", "float", "bool", "null", "timestamp", "map", "seq"))


class YamlRefused(yaml.YAMLError):
    """A Dutch reason, with the line it is about."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(t.YAML_AT_LINE.format(regel=line, melding=message))
        self.message, self.line = message, line


def refusal(node: yaml.Node, seen: set[int]) -> None:
    """Raises YamlRefused for a node met before (an alias) or a tag that would construct something else.

    An alias has no place of its own in the composed graph: the line named is where the repeated part begins."""
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise YamlRefused(t.YAML_ALIAS, line)
    seen.add(id(node))
    if node.tag not in PLAIN_TAGS:
        raise YamlRefused(t.YAML_TAG.format(tag=node.tag), line)


def load_yaml(text: str) -> Any:
    """Like yaml.safe_load, without aliases and without other tags; YamlRefused (a YAMLError) says why."""
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check(node, set())
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _check(node: yaml.Node, seen: set[int]) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        refusal(current, seen)
        if isinstance(current, yaml.MappingNode):
            stack.extend(part for pair in current.value for part in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
