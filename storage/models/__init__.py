"""All tables. Each area has its own module; importing this package registers them all on Base.metadata."""
from storage.models.base import Base
from storage.models.core import AuditRow, PersonRoleRow, PersonRow, ProcessedRequestRow, VolgnummerRow
from storage.models.moties import MotieAbonnementRow, MotieRow
from storage.models.teams import TeamsReferenceRow
from storage.models.toezeggingen import ToezeggingRow
from storage.models.registry import (  # noqa: F401  (registers the registry tables)
    ContactgebiedRow, EenheidRow, OpdrachtProfessionalRow, OpdrachtRow, PortefeuilleRow, RegisterLidRow, RegisterMetaRow,
)
from storage.models.reminders import NotificationRow, SnoozeRow
from storage.models.lobby import LobbyActieRow, LobbyContactRow
from storage.models.planning import ItemChangeRow, PlanningMarkRow
from storage.models.pacing import RateBudgetRow
from storage.models.rondes import RondeItemRow, RondeRow
from storage.models.agenda import AankondigingRow, AgendaPuntRow, UitkomstRow, VergaderingRow
from storage.models.listening import BewaardVerslagRow, LuisterkanaalRow, LuistervoorstelRow
from storage.models.lijsten import LaatsteLijstRow

__all__ = [
    "Base", "AuditRow", "PersonRow", "PersonRoleRow", "ProcessedRequestRow", "ToezeggingRow", "MotieRow",
    "MotieAbonnementRow", "TeamsReferenceRow", "NotificationRow", "SnoozeRow", "LobbyActieRow", "LobbyContactRow",
    "AankondigingRow", "AgendaPuntRow", "UitkomstRow", "VergaderingRow", "VolgnummerRow", "ItemChangeRow",
    "PlanningMarkRow", "LuisterkanaalRow", "LuistervoorstelRow", "BewaardVerslagRow", "RondeRow", "RondeItemRow",
    "LaatsteLijstRow", "RateBudgetRow",
]
