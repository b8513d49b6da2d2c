"""Dutch refusal texts of the status machines: each says why not, and the command that would work.

Placeholders: {kind} (toezegging, motie, lobby, agendapunt), {nummer}, {status}, {command} (the word typed
after the kind), plus {toezegging} for a motie taken over and {datum} for an agendapunt's meeting.
"""
from __future__ import annotations

CLOSED = "{nummer} is {status}; heropen hem eerst: '{kind} heropen {nummer} omdat …'"
STILL_OPEN = "{nummer} is {status} en staat dus nog open; heropenen hoeft niet. Leg de voortgang vast: '{kind} stand {nummer} …'"
AFDOENING_PENDING = (
    "Voor {nummer} is al afdoening voorgesteld; sluit hem af met '{kind} afgedaan {nummer}' "
    "of leg de stand vast: '{kind} stand {nummer} …'"
)
ALREADY_DEELS = (
    "{nummer} is al deels voldaan en staat open voor een vervolg; leg dat vast met '{kind} stand {nummer} …' "
    "of stel afdoening voor: '{kind} afdoening {nummer} <brief>'"
)
TAKEN_OVER = (
    "{nummer} is overgenomen als toezegging {toezegging}; die wordt nu gevolgd. "
    "Werk de toezegging bij: 'toezegging {command} {toezegging} …'"
)
ALREADY_TAKEN_OVER = "{nummer} is al overgenomen als toezegging {toezegging}: 'toezegging {toezegging}'"
TAKE_OVER_CLOSED = "{nummer} is {status}; heropen hem eerst: 'motie heropen {nummer} omdat …', en neem hem dan over"

LOBBY_CLOSED_CONTACT = (
    "{nummer} is afgerond; een contact vastleggen kan niet meer. Een vervolg leg je vast als nieuwe lobbyactie: "
    "'lobby nieuw Vervolggesprek met het ministerie; dossier: …; target: …; moment: Q2 2027'"
)
LOBBY_ALREADY_CLOSED = (
    "{nummer} is al afgerond; de opbrengst staat in de historie: 'lobby historie {nummer}'. "
    "Een aanvulling leg je vast met 'lobby stand {nummer} <aanvulling op de opbrengst>'"
)
LOBBY_CLOSED_MOVE = (
    "{nummer} is afgerond; het kansrijke moment verzetten kan niet meer. Een vervolg leg je vast als nieuwe "
    "lobbyactie: 'lobby nieuw …; dossier: …; target: …; moment: …'"
)

PUNT_BEHANDELD = (
    "{nummer} is al behandeld (de vergadering van {datum} is begonnen); {command} kan niet meer. "
    "Een vervolg zet je op een volgende vergadering: 'agendapunt nieuw …; vergadering: volgende PO; fase: …'"
)
PUNT_INGETROKKEN = (
    "{nummer} is ingetrokken; {command} kan niet meer. Zet het onderwerp opnieuw op de agenda: "
    "'agendapunt nieuw …; vergadering: volgende PO; fase: …'"
)
