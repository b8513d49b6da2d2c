"""The registry as a human-editable YAML file: reading with line numbers, and writing it back."""
from __future__ import annotations

from typing import Any

import yaml

from handlers.domain.registry.model import Register
from handlers.domain.registry.problems import Problem, RegisterInvalid
from handlers.texts import register as t
from handlers.yamltext import Loader, YamlRefused, refusal

_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def parse(text: str, name: str = "register") -> tuple[Any, dict[str, int]]:
    """The data in the file, and for every path (like 'opdrachten[2].driehoek') its line number.

    Plain data only (handlers/yamltext.py): an alias or a tag that constructs something is refused on its line."""
    loader = Loader(text)
    lines: dict[str, int] = {}
    try:
        node = loader.get_single_node()
        data = _build(loader, node, "", lines, set()) if node is not None else None
    except YamlRefused as refused:
        invalid = t.INVALID_FILE.format(bestand=name, problemen=t.problemen(1))
        raise RegisterInvalid([Problem("", refused.message, refused.line)], invalid) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        context = getattr(error, "context_mark", None)
        begun = t.BAD_YAML_BEGUN.format(regel=context.line + 1) if context is not None and context.line + 1 != line else ""
        fout = t.BAD_YAML.format(fout=getattr(error, "problem", None) or error, begonnen=begun)
        raise RegisterInvalid([Problem("", fout, line)], t.INVALID_FILE.format(bestand=name, problemen=t.problemen(1))) from error
    finally:
        loader.dispose()
    return data, lines


def _build(loader: Any, node: yaml.Node, path: str, lines: dict[str, int], seen: set[int]) -> Any:
    """Builds the data and the line numbers in one walk; plain strings skip PyYAML's slower constructor."""
    refusal(node, seen)
    if isinstance(node, yaml.MappingNode):
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            child = f"{path}.{key_node.value}" if path else str(key_node.value)
            lines[child] = key_node.start_mark.line + 1
            mapping[_build(loader, key_node, child, lines, seen)] = _build(loader, value_node, child, lines, seen)
        return mapping
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            child = f"{path}[{index}]"
            lines[child] = item.start_mark.line + 1
            items.append(_build(loader, item, child, lines, seen))
        return items
    if node.tag == _STR:
        return node.value
    return loader.construct_object(node, deep=True)


_STR = "tag:yaml.org,2002:str"


class _Flow(dict[str, Any]):
    """A mapping written on one line: a person reads best as one line of the file."""


def _flow(dumper: Any, data: _Flow) -> Any:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def dump(register: Register) -> str:
    dumper: Any = type("RegisterDumper", (_Dumper,), {})
    dumper.add_representer(_Flow, _flow)
    text: str = yaml.dump(_plain(register), Dumper=dumper, sort_keys=False, allow_unicode=True, width=200)
    return "# Rollenregister; bewerk en laad met: samenspel registry load <bestand>\n" + text


def _plain(r: Register) -> dict[str, Any]:
    head = {"organisatie": r.organisatie, "datum": r.datum, "versie": r.versie}
    return {
        "register": {k: v for k, v in head.items() if v},
        "eenheden": [_Flow(_some(code=e.code, naam=e.naam, niveau=e.niveau.value, leider=e.leider, onder=e.bovenliggend))
                     for e in r.eenheden],
        "personen": [_Flow(_some(naam=p.naam, email=p.email, functie=p.functie, rollen=sorted(r.value for r in p.rollen),
                                 eenheid=p.eenheid, opdrachtgever=p.opdrachtgever, slack=p.slack, teams=p.teams))
                     for p in r.personen],
        "portefeuilles": [
            {"houder": p.houder, "naam": p.naam, "onderwerpen": [
                _Flow(onderwerp=o.naam, synoniemen=list(o.synoniemen)) if o.synoniemen else o.naam for o in p.onderwerpen
            ]}
            for p in r.portefeuilles
        ],
        "opdrachten": [
            _some(naam=o.naam, omschrijving=o.omschrijving, status=o.status.value,
                  vertrouwelijk=o.vertrouwelijk or None, onderwerpen=list(o.onderwerpen),
                  driehoek=_Flow(dict(o.driehoek.chairs())), professionals=list(o.professionals))
            for o in r.opdrachten
        ],
        "contactgebieden": [_Flow(gebied=g.gebied, soort=g.soort.value, contact=g.contact) for g in r.contactgebieden],
    }


def _some(**values: Any) -> dict[str, Any]:
    """Leave out what is empty, so the file stays short and readable."""
    return {k: v for k, v in values.items() if v not in (None, "", [], ())}
