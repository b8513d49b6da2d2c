"""A form back into the command it stands for: submitted in a Slack modal or a Teams card, or as it stands,
for the console and the command line, which cannot show a form."""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from handlers.messages import Form, FormField


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


def as_typed(form: Form) -> str:
    """The command the form would submit with what it holds now, to type or paste.

    An empty '; key: {name}' part is left out, so the command asks for it in words when it is required;
    an empty value inside a sentence-like command ('lobby contact L-2026-001 {verslag}') shows as <name>.
    """
    structured = ";" in form.submit_command
    values = {f.name: f.initial or ("" if structured else f"<{f.name}>") for f in form.fields}
    command_part = re.findall(r"{(\w+)}", form.submit_command.split(";")[0])
    return fill_template(form.submit_command, values, required=command_part)


def missing(form: Form) -> list[FormField]:
    """The required fields the form does not fill in yet."""
    return [f for f in form.fields if f.required and not f.initial.strip()]
