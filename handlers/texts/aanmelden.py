"""Dutch text for signing in with the organisation's identity provider (OpenID Connect) and for the Teams tab."""
from __future__ import annotations

from handlers.texts.web import EXPORT_SHEET

PROVIDER_NAMES = {"entra": "Microsoft", "slack": "Slack", "": "je organisatie"}
SIGN_IN_WITH = "Aanmelden met {naam}"
NEW_WINDOW = ("Aanmelden opent een nieuw venster: {naam} laat zich niet binnen Teams tonen. Kom na het aanmelden "
              "hier terug en laad de tab opnieuw.")
UNREACHABLE = ("{naam} is nu niet bereikbaar om je aan te melden. Probeer het over een paar minuten opnieuw; "
               "blijft het zo, meld het dan aan de beheerder.")
MISCONFIGURED = ("Aanmelden met {naam} is op deze server niet goed ingesteld (de identiteitsprovider noemt zich "
                 "anders dan ingesteld). Meld het aan de beheerder; je bent niet aangemeld.")
NOT_STARTED_HERE = ("Deze aanmelding is al gebruikt, is verlopen of is niet in deze browser begonnen. Je bent niet "
                    "aangemeld. Begin opnieuw met de knop hieronder.")
# What works when the cause is not the person's: the button, and who can fix the settings.
_AGAIN = "Probeer het opnieuw met de knop hieronder; gebeurt dit weer, meld het dan aan de beheerder van Samenspel."
CANCELLED = ("De aanmelding bij {naam} is afgebroken ({fout}). Je bent niet aangemeld. Begin opnieuw met de knop "
             "hieronder.")
CODE_REFUSED = ("{naam} weigerde de aanmeldcode: die is al gebruikt of verlopen. Je bent niet aangemeld. Begin "
                "opnieuw met de knop hieronder.")
WRONG_ISSUER = ("Het aanmeldbewijs kwam niet van de identiteitsprovider die deze server vertrouwt. Je bent niet "
                "aangemeld. " + _AGAIN)
WRONG_AUDIENCE = ("Het aanmeldbewijs was bedoeld voor een andere toepassing dan Samenspel. Je bent niet aangemeld. "
                  + _AGAIN)
EXPIRED = ("Het aanmeldbewijs is verlopen of nog niet geldig (loopt de klok van de identiteitsprovider gelijk?). "
           "Je bent niet aangemeld. Probeer het opnieuw.")
BAD_SIGNATURE = ("Het aanmeldbewijs is niet ondertekend met een sleutel van de identiteitsprovider. Je bent niet "
                 "aangemeld. " + _AGAIN)
INVALID = "Het aanmeldbewijs klopt niet ({wat}). Je bent niet aangemeld. " + _AGAIN
NO_EMAIL = ("{naam} gaf geen bevestigd e-mailadres door, en daaraan herkent Samenspel je in het rollenregister. "
            "Je bent niet aangemeld. Vraag de beheerder de scope 'email' toe te staan.")
NOT_IN_REGISTRY = ("Je bent bij {naam} bekend als {email}, maar dat adres staat niet in het rollenregister van "
                   "Samenspel. Je bent dus niet aangemeld. Vraag een concernadviseur om je toe te voegen.")

# The Teams tab.
TAB_PERSONAL = "Lijsten"
TAB_CONFIG_TITLE = "Samenspel als tab in dit kanaal"
TAB_CONFIG_INTRO = ("Kies welke lijst deze tab toont. Het filter kun je daarna op de pagina zelf aanpassen; het "
                    "adres van de tab houdt de keuze vast.")
TAB_CONFIG_KIND = "Lijst"
TAB_CONFIG_HOLDER = "Alleen van portefeuillehouder (optioneel)"
TAB_CONFIG_LATE = "Alleen wat te laat is"
TAB_CONFIG_NO_SCRIPT = ("Deze keuze slaat Teams op met zijn eigen script (TeamsJS). Zonder script kun je de tab niet "
                        "toevoegen; open de lijst dan in de browser:")
TAB_NAMES = EXPORT_SHEET  # a tab is named like the list's sheet in the export

# Slack: a list reply's and App Home's link to the same list on the web.
WEB_LINK = "Bekijk deze lijst in de browser"
WEB_HOME_LINK = "Alle lijsten in de browser"
