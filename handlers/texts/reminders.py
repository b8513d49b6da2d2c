"""Dutch text for reminders, escalations, digests, snoozes and 'overzicht'."""
from __future__ import annotations

ENTITY_SNOOZE = "herinnering"

KIND_LABEL = {"toezegging": "Toezegging", "motie": "Motie", "lobby": "Lobbyactie"}

REMINDER_BEFORE = "Herinnering: {label} {key} moet over {days} werkdagen af zijn ({due})."
REMINDER_DUE = "Herinnering: {label} {key} moet vandaag af zijn ({due})."
REMINDER_OVERDUE = "Herinnering: {label} {key} is over de termijn ({due}, {weeks} week/weken geleden)."
REMINDER_ASAP = "Herinnering: {label} {key} moet zo snel mogelijk af. Hoe staat het ervoor?"
REMINDER_LATER = "Zoals gevraagd herinner ik je weer aan {label} {key}."
ESCALATION_CONFIDENTIAL = (
    "Ter informatie (escalatie): 1 vertrouwelijk item van {owner} is {days} werkdagen over de termijn. "
    "Vraag {owner} ernaar; de inhoud ziet alleen wie het item mag lezen."
)
ESCALATION = (
    "Ter informatie (escalatie): {label} {key} van {owner} is {days} werkdagen over de termijn ({due})."
)
OVERDUE_LIST = "Herinnering: {count} items waarvan jij eigenaar bent zijn over de termijn. Hoe staat het ervoor?"
ESCALATION_LIST = (
    "Ter informatie (escalatie): {count} items zijn meer dan {days} werkdagen over de termijn "
    "(de eerste {shown} hieronder, verlopen eerst)."
)
ESCALATION_CONFIDENTIAL_COUNT = (
    "Daarnaast: {aantal} van {owner} meer dan {days} werkdagen over de termijn; "
    "vraag {owner} ernaar (de inhoud ziet alleen wie het item mag lezen)."
)
LIST_MORE = "… en nog {count} meer: 'toezeggingen verlopen' of 'overzicht' toont ze."

FIELD_DEADLINE = "Deadline"
FIELD_STATUS = "Status"
FIELD_EIGENAAR = "Eigenaar"
FIELD_PORTEFEUILLEHOUDER = "Portefeuillehouder"
NO_OWNER = "— (geen eigenaar)"
OVERDUE_MARK = "termijn overschreden"

BUTTON_AFDOENING = "Afgedaan voorstellen"
BUTTON_STAND = "Stand van zaken"
BUTTON_VERZET = "Deadline verzetten"
BUTTON_LATER = "Herinner me later"
LATER_MORGEN = "Morgen"
LATER_VOLGENDE_WEEK = "Volgende week"

FORM_AFDOENING = "Afdoening {key}"
FORM_AFDOENING_FIELD = "Hoe is het afgedaan? (bijv. raadsinformatiebrief 2026-45)"
FORM_STAND = "Stand van zaken {key}"
FORM_VERZET = "Deadline verzetten {key}"
FORM_VERZET_DEADLINE = "Nieuwe deadline"
FORM_VERZET_REDEN = "Reden (afspraak is afspraak)"
FORM_LATER = "Herinner me later aan {key}"
FORM_LATER_FIELD = "Wanneer? (morgen of volgende week)"

DIGEST_PORTEFEUILLEHOUDER = "Weekoverzicht {date}: jouw {count} open toezeggingen, moties en acties (verlopen eerst)."
DIGEST_CONCERNADVISEUR = "Weekoverzicht {date} voor de concernadviseur."
DIGEST_OWNER = "Weekoverzicht {date}: {count} open items waarvan jij eigenaar bent."
DIGEST_NOTHING = "Weekoverzicht {date}: er staat niets open voor jou."
SECTION_OVERDUE = "Organisatiebreed over de termijn: {count}"
SECTION_NO_OWNER = "Zonder eigenaar: {count}"
SECTION_UNREACHABLE = "Onbereikbaar op elk platform (herinneringen kwamen niet aan): {names}"
SECTION_FOLDED = "Gemiste herinneringen (te oud om nog los te sturen): {keys}"
NONE = "geen"
MORE = "… en nog {count} meer."
MORE_BEYOND = "… en nog meer dan {count}."
MORE_UNCOUNTED = "… en nog meer."
NOBODY = "—"

SNOOZE_DONE = "Goed, ik herinner je {when} ({moment}) weer aan {key}. De deadline blijft {due}."
SNOOZE_NEED_KEY = "Waaraan moet ik je later herinneren? Noem het nummer en wanneer."
SNOOZE_UNKNOWN_KEY = "Ik vind geen open item met nummer '{key}'."
SNOOZE_NEED_WHEN = "Wanneer moet ik je herinneren? Kies 'morgen' of 'volgende week'."
SNOOZE_EXAMPLES = ("herinner T-2026-001 morgen", "herinner T-2026-001 volgende week")
WHEN_MORGEN = "morgenochtend"
WHEN_VOLGENDE_WEEK = "volgende week"
DIGEST_HIDDEN = "{count} vertrouwelijke item(s) niet getoond: die ziet alleen wie ze mag lezen."
