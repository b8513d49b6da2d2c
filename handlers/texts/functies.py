"""Dutch text for naming a person in a part they do not have (roles checked at the door)."""
from __future__ import annotations

WRONG_ROLE = "{naam} is {rol}, geen {wat}; als {functie} past {wie}."
WRONG_ROLE_EXAMPLE = "{functie}: {naam}"
NO_ROLE = "geen bekende rol in het register"
WAT = {
    "portefeuillehouder": "portefeuillehouder (gedeputeerde, wethouder, burgemeester of commissaris)",
    "bestuurder": "bestuurder (gedeputeerde, wethouder, burgemeester of commissaris)",
    "eigenaar": "ambtenaar",
    "opdrachtnemer": "ambtenaar",
    "inbrenger": "ambtenaar of bestuurder uit het register",
}
WIE_BESTUURLIJK = "een bestuurder: {namen}"
WIE_AMBTELIJK = "een ambtenaar, bijvoorbeeld {namen} (typ 'personen' voor iedereen)"
NOBODY = "niemand die ik ken; laad het rollenregister"
OWNERLESS = (
    "{nummer} heeft nog geen eigenaar: jij bent geen ambtenaar. Het staat bij de concernadviseurs in het "
    "overzicht en in '{lijst}' tot iemand is genoemd: '{kind} wijzig {nummer} eigenaar: <naam>'"
)
OWNER_IS_YOU = "Eigenaar: jij (er was geen eigenaar genoemd)."
