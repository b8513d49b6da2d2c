"""Listening for promises: in channels where it is switched on, and in verslagen handed to the bot."""
from __future__ import annotations

from handlers.commands.luisteren.kanaal import luister, meeluisteren
from handlers.commands.luisteren.verslag import verslag
from handlers.router import Command
from handlers.texts import luisteren as t

COMMANDS: tuple[Command, ...] = (
    Command("luister", luister, "Luister mee in dit kanaal en bied toezeggingen aan ter registratie (aan/uit)",
            "luister [aan | aan vertrouwelijk | uit]", ("luister",)),
    Command("verslag", verslag, "Vind toezeggingen, moties en actiepunten in een geplakt verslag of besluitenlijst",
            "verslag <tekst van het verslag> | verslag pagina <nummer>", (t.VOORBEELD_VERSLAG,)),
)

__all__ = ["COMMANDS", "meeluisteren"]
