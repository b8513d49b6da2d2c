"""Dutch text for every list: the compact line, the count, paging."""
from __future__ import annotations

OVERDUE_MARK = "te laat"
NO_DEADLINE = "geen deadline"
NO_OWNER = "geen eigenaar"
PAGE = "Pagina {number} van {pages}."
PAGE_OF_MORE = "Pagina {number} van meer dan {pages}."
NEXT_BUTTON = "Volgende"
PREVIOUS_BUTTON = "Vorige"
NEXT_HINT = "Typ 'meer' of '{command}' voor de volgende {n}."
PREVIOUS_HINT = "Typ 'vorige' voor de vorige pagina."
DETAILS_HINT = "Details en acties: typ het nummer, bijv. '{example}'."
PAGE_TOO_FAR = "Pagina {number} bestaat niet: er {zijn} {pages}. Probeer '{command}'."
HIDDEN = "{wat} niet getoond; vraag ze op in een privégesprek met mij."
NO_LIST = "Er is geen lijst om verder in te bladeren. Vraag eerst een lijst op, bijv. 'toezeggingen verlopen'."
LIST_EXAMPLES = ("toezeggingen verlopen", "moties", "lobby")
NO_NEXT = "Er is geen volgende pagina: dit was pagina {page} van {pages} van '{command}'."
NO_PREVIOUS = "Er is geen vorige pagina: dit was de eerste pagina van '{command}'."
ASK_PAGE = "Welke pagina? Noem het nummer."
PAGE_NUMBER = "een paginanummer"
OVERDUE_COUNT = ", waarvan {n} te laat"
# Which items a list of open ones holds, after its count: '1 motie die openstaat', '3 moties die openstaan'.
OPEN_STAAN = ("die openstaat", "die openstaan")
