"""A submitted form back into the command it stands for, the same way for Slack modals and Teams cards."""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping


def fill_template(template: str, values: Mapping[str, str], required: Collection[str] = ()) -> str:
    """The template with each {name} filled; a '; key: {name}' part is dropped when left empty (an empty
    optional field must not reach the command as 'key: ' and be refused)."""
    structured = ";" in template
    clean = {name: _one_line(value, structured) for name, value in values.items()}

    def keep(part: str) -> bool:
        names = re.findall(r"{(\w+)}", part)
        return not names or any(n in required or clean.get(n) for n in names)

    command = ";".join(part for part in template.split(";") if keep(part))
    for name in re.findall(r"{(\w+)}", command):
        command = command.replace("{" + name + "}", clean.get(name, ""))
    return " ".join(command.split())


def _one_line(value: str, structured: bool) -> str:
    """Newlines (and ';' in a structured command) would split the command's own fields."""
    value = " ".join(str(value).split())
    return value.replace(";", ",") if structured else value
