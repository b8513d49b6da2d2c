"""Dutch text for every list: the compact line, the count, paging."""
from __future__ import annotations

OVERDUE_MARK = "te laat"
NO_DEADLINE = "geen deadline"
NO_OWNER = "geen eigenaar"
PAGE = "Pagina {number} van {pages}."
NEXT_BUTTON = "Volgende"
PREVIOUS_BUTTON = "Vorige"
NEXT_HINT = "Typ 'meer' of '{command}' voor de volgende {n}."
DETAILS_HINT = "Details en acties: typ het nummer, bijv. '{example}'."
PAGE_TOO_FAR = "Pagina {number} bestaat niet: er {zijn} {pages}. Probeer '{command}'."
HIDDEN = "{wat} niet getoond; vraag ze op in een privégesprek met mij."
NO_MORE = "Er is geen volgende pagina. Vraag eerst een lijst op, bijv. 'toezeggingen verlopen'."
OVERDUE_COUNT = ", waarvan {n} te laat"
# Which items a list of open ones holds, after its count: '1 motie die openstaat', '3 moties die openstaan'.
OPEN_STAAN = ("die openstaat", "die openstaan")
