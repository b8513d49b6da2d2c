"""Settings: the only reader of the environment. Fails fast and names the missing key."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.origins import Origin, is_loopback, trusted_origins
from handlers.domain.agenda import weekdag
from storage.importers.limits import MIB, ArchiveLimits, DocumentLimits, ImportLimits


class SettingsError(Exception):
    pass


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", populate_by_name=True)

    database_url: str = Field("sqlite:///samenspel.db", alias="DATABASE_URL")
    calendar_path: Path | None = Field(None, alias="SAMENSPEL_CALENDAR")
    asap_days: int = Field(14, alias="SAMENSPEL_ASAP_DAYS", ge=1, le=365)
    # Chat lists and overviews count exactly up to this many and say "meer dan N" beyond: a count costs one index
    # entry per item, and "1.000.000 toezeggingen" tells a reader nothing "meer dan 1.000" does not.
    count_up_to: int = Field(1_000, alias="SAMENSPEL_TEL_TOT", ge=15, le=1_000_000)
    demo: bool = Field(True, alias="SAMENSPEL_DEMO")
    console_user: str | None = Field(None, alias="SAMENSPEL_CONSOLE_USER")
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    log_format: Literal["text", "json"] = Field("text", alias="LOG_FORMAT")
    # Deployment (docs/in-productie.md): where `serve` listens and how long a stop may finish work in flight.
    host: str = Field("127.0.0.1", alias="HOST")
    port: int = Field(3978, alias="PORT", ge=0, le=65535)  # 0: a free port the system picks (printed by `run`)
    shutdown_grace_seconds: float = Field(25.0, alias="SAMENSPEL_SHUTDOWN_GRACE_SECONDS", ge=0, le=600)
    # The organisation's own non-working days beside weekends and public holidays (bridge days, 5 May).
    vrije_dagen: str = Field("", alias="SAMENSPEL_VRIJE_DAGEN")

    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")
    # Where the bot token may go to fetch a shared file: Slack's file server, over https (docs/in-productie.md#grenzen).
    slack_file_hosts: str = Field("https://files.slack.com", alias="SAMENSPEL_SLACK_FILE_HOSTS")
    slack_file_timeout_seconds: float = Field(30.0, alias="SAMENSPEL_SLACK_FILE_TIMEOUT_SECONDS", gt=0, le=600)
    # A verslag is a few hundred kilobytes; a file far larger is not one (Slack DM and `samenspel verslag`).
    document_max_bytes: int = Field(10 * MIB, alias="SAMENSPEL_DOCUMENT_MAX_BYTES", ge=1024, le=1024 * MIB)
    # What reading a verslag may take (docs/in-productie.md#grenzen).
    document_max_pages: int = Field(1_000, alias="SAMENSPEL_DOCUMENT_MAX_PAGES", ge=1, le=100_000)
    document_max_seconds: float = Field(60.0, alias="SAMENSPEL_DOCUMENT_MAX_SECONDS", gt=0, le=3600)
    document_max_stream_bytes: int = Field(20 * MIB, alias="SAMENSPEL_PDF_MAX_STREAM_BYTES", ge=MIB, le=1024 * MIB)
    document_max_chars: int = Field(2_000_000, alias="SAMENSPEL_DOCUMENT_MAX_CHARS", ge=1_000, le=100_000_000)
    # An .xlsx or .docx is a zip: how large it may become unpacked, and of how many parts (a zip bomb is refused).
    max_unpacked_bytes: int = Field(200 * MIB, alias="SAMENSPEL_MAX_UNPACKED_BYTES", ge=MIB, le=8192 * MIB)
    max_archive_parts: int = Field(1_000, alias="SAMENSPEL_MAX_ARCHIVE_PARTS", ge=10, le=100_000)
    # The registry file (samenspel registry load): a 2,000-person registry is about 300 KB.
    register_max_bytes: int = Field(5 * MIB, alias="SAMENSPEL_REGISTER_MAX_BYTES", ge=1024, le=1024 * MIB)
    # Lists to import (docs/import-en-export.md): reading stops at the first row past the maximum.
    import_max_bytes: int = Field(20 * MIB, alias="SAMENSPEL_IMPORT_MAX_BYTES", ge=1024, le=1024 * MIB)
    import_max_rows: int = Field(20_000, alias="SAMENSPEL_IMPORT_MAX_ROWS", ge=1, le=1_000_000)
    import_max_cell_chars: int = Field(10_000, alias="SAMENSPEL_IMPORT_MAX_CELL_CHARS", ge=100, le=1_000_000)

    # Reminders, escalation and digests (docs/herinneringen.md).
    reminder_days_before: str = Field("10,2", alias="SAMENSPEL_REMINDER_DAYS_BEFORE")
    reminder_days_before_per_kind: str = Field("", alias="SAMENSPEL_REMINDER_DAYS_BEFORE_PER_KIND")
    # Stand-van-zakenronde: owners with open items are reminded this many working days before the close.
    ronde_herinnering_werkdagen: str = Field("5,2,1", alias="SAMENSPEL_RONDE_HERINNERING_WERKDAGEN")
    reminder_on_due_date: bool = Field(True, alias="SAMENSPEL_REMINDER_ON_DUE_DATE")
    reminder_overdue_every_days: int = Field(7, alias="SAMENSPEL_REMINDER_OVERDUE_EVERY_DAYS", ge=1, le=90)
    escalate_after_working_days: int = Field(10, alias="SAMENSPEL_ESCALATE_AFTER_WORKING_DAYS", ge=0, le=250)
    catch_up_working_days: int = Field(5, alias="SAMENSPEL_CATCH_UP_WORKING_DAYS", ge=0, le=250)
    work_start: dt.time = Field(dt.time(8, 30), alias="SAMENSPEL_WORK_START")
    work_end: dt.time = Field(dt.time(17, 30), alias="SAMENSPEL_WORK_END")
    digest_weekday: int = Field(0, alias="SAMENSPEL_DIGEST_WEEKDAY", ge=0, le=4)
    notification_expire_hours: int = Field(72, alias="SAMENSPEL_NOTIFICATION_EXPIRE_HOURS", ge=1)
    delivery_lease_seconds: int = Field(120, alias="SAMENSPEL_DELIVERY_LEASE_SECONDS", ge=1)
    delivery_batch: int = Field(50, alias="SAMENSPEL_DELIVERY_BATCH", ge=1, le=1000)
    delivery_concurrency: int = Field(8, alias="SAMENSPEL_DELIVERY_CONCURRENCY", ge=1, le=64)
    retry_base_seconds: int = Field(60, alias="SAMENSPEL_RETRY_BASE_SECONDS", ge=1)
    retry_max_seconds: int = Field(3600, alias="SAMENSPEL_RETRY_MAX_SECONDS", ge=1)
    plan_interval_seconds: int = Field(300, alias="SAMENSPEL_PLAN_INTERVAL_SECONDS", ge=1)
    deliver_interval_seconds: int = Field(15, alias="SAMENSPEL_DELIVER_INTERVAL_SECONDS", ge=1)
    scheduler_in_server: bool = Field(True, alias="SAMENSPEL_SCHEDULER")
    # Send budgets, shared by all workers (scheduler/pacing.py), at the platforms' published limits.
    # Teams (https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit): 50 requests/s
    # per app per tenant; per conversation ("per bot per thread") 7 per 1 s, 8 per 2 s, 60 per 30 s and 1800 per
    # 3600 s. Sends are spaced evenly (no bursts), so the one rate that keeps all four is 1800/3600 = 0.5/s.
    teams_tenant_per_second: float = Field(50.0, alias="SAMENSPEL_TEAMS_TENANT_PER_SECOND", gt=0, le=1000)
    teams_conversation_per_second: float = Field(0.5, alias="SAMENSPEL_TEAMS_CONVERSATION_PER_SECOND", gt=0, le=100)
    # Slack (https://api.slack.com/docs/rate-limits): chat.postMessage "generally allows posting one message per
    # second per channel, while also maintaining a workspace-wide limit". That page gives no number for the
    # workspace; 5/s (300 a minute) is a cautious choice of ours: raise it when Slack accepts more.
    slack_workspace_per_second: float = Field(5.0, alias="SAMENSPEL_SLACK_WORKSPACE_PER_SECOND", gt=0, le=1000)
    slack_channel_per_second: float = Field(1.0, alias="SAMENSPEL_SLACK_CHANNEL_PER_SECOND", gt=0, le=100)

    microsoft_app_id: str | None = Field(None, alias="MicrosoftAppId")
    microsoft_app_password: str | None = Field(None, alias="MicrosoftAppPassword")
    microsoft_app_type: str = Field("MultiTenant", alias="MicrosoftAppType")
    microsoft_app_tenant_id: str | None = Field(None, alias="MicrosoftAppTenantId")
    # The organisation's own Entra tenant(s), comma-separated: activities from any other tenant are refused.
    teams_tenants: str = Field("", alias="SAMENSPEL_TEAMS_TENANTS")
    # Development only: /api/messages without MicrosoftAppId (no token check, loopback callers only).
    teams_dev_mode: bool = Field(False, alias="SAMENSPEL_TEAMS_ONTWIKKELMODUS")
    # The web pages (docs/web.md). The key that signs session cookies; without it each start makes its own (every
    # session ends at a restart, and replicas do not share sessions).
    web_secret: str | None = Field(None, alias="SAMENSPEL_WEB_SECRET", min_length=32)
    # Development only: sign in on the web as anyone in the registry, without a password, from this machine only.
    # Unset: on for `samenspel run` on a loopback HOST (the demo), off for `serve`.
    web_dev_login: bool | None = Field(None, alias="SAMENSPEL_WEB_ONTWIKKELAANMELDING")
    web_session_hours: int = Field(12, alias="SAMENSPEL_WEB_SESSIE_UREN", ge=1, le=24 * 30)
    # The pages' look (docs/web.md#uiterlijk): the organisation's name in the header and its brand colour.
    organisatie: str = Field("", alias="SAMENSPEL_ORGANISATIE", max_length=80)
    huiskleur: str = Field("#154273", alias="SAMENSPEL_HUISKLEUR")
    # Where `make web-assets` put the NL Design System CSS (npm); unset: build/web/node_modules of this checkout.
    web_assets: Path | None = Field(None, alias="SAMENSPEL_WEB_ASSETS")
    # The public list for the raad (docs/web.md#openbare-lijst): off unless the organisation opts in.
    openbare_lijst: bool = Field(False, alias="SAMENSPEL_OPENBARE_LIJST")
    openbaar_cache_seconds: int = Field(300, alias="SAMENSPEL_OPENBAAR_CACHE_SECONDEN", ge=0, le=86_400)
    # Where people reach the web pages, as they type it (https://samenspel.provincie.example): the Slack links, the
    # Teams tab and the default OpenID Connect return address are built on it. Unset: no links, no tab.
    web_public_url: str | None = Field(None, alias="SAMENSPEL_WEB_ADRES")
    # Sign-in with the organisation's identity provider (OpenID Connect, docs/web.md#aanmelden). A preset fills in
    # the issuer: entra (with the tenant) or slack; without one, SAMENSPEL_OIDC_ISSUER names any provider.
    oidc_preset: Literal["", "entra", "slack"] = Field("", alias="SAMENSPEL_OIDC_PRESET")
    oidc_tenant: str | None = Field(None, alias="SAMENSPEL_OIDC_TENANT")
    oidc_issuer: str | None = Field(None, alias="SAMENSPEL_OIDC_ISSUER")
    # Only when the provider's discovery document is not at <issuer>/.well-known/openid-configuration.
    oidc_discovery_url: str | None = Field(None, alias="SAMENSPEL_OIDC_DISCOVERY_URL")
    oidc_client_id: str | None = Field(None, alias="SAMENSPEL_OIDC_CLIENT_ID")
    oidc_client_secret: str | None = Field(None, alias="SAMENSPEL_OIDC_CLIENT_SECRET")
    # Default: SAMENSPEL_WEB_ADRES + /aanmelden/terug; register exactly this address at the provider.
    oidc_redirect_url: str | None = Field(None, alias="SAMENSPEL_OIDC_REDIRECT_URL")
    oidc_scopes: str = Field("openid email profile", alias="SAMENSPEL_OIDC_SCOPES")
    # How far the provider's clock may differ from ours when the ID token's times are checked.
    oidc_clock_leeway_seconds: int = Field(60, alias="SAMENSPEL_OIDC_KLOKMARGE_SECONDEN", ge=0, le=600)
    # The web list as a tab in Teams (docs/web.md#teams-tab): the pages may then be framed by Teams only.
    teams_tab: bool = Field(False, alias="SAMENSPEL_TEAMS_TAB")

    # The PO/college agenda (docs/lobby-en-agenda.md): recurring meetings, announcements, stukken.
    agenda_channel: str | None = Field(None, alias="SAMENSPEL_AGENDA_CHANNEL")
    agenda_po: str = Field("PO", alias="SAMENSPEL_AGENDA_PO")
    agenda_po_day: str = Field("maandag", alias="SAMENSPEL_AGENDA_PO_DAG")
    agenda_po_time: dt.time = Field(dt.time(10, 0), alias="SAMENSPEL_AGENDA_PO_TIJD")
    agenda_college: str = Field("GS", alias="SAMENSPEL_AGENDA_COLLEGE")
    agenda_college_day: str = Field("dinsdag", alias="SAMENSPEL_AGENDA_COLLEGE_DAG")
    agenda_college_time: dt.time = Field(dt.time(10, 0), alias="SAMENSPEL_AGENDA_COLLEGE_TIJD")
    agenda_announce_workdays: int = Field(1, alias="SAMENSPEL_AGENDA_AANKONDIGING_WERKDAGEN", ge=0, le=10)
    agenda_announce_time: dt.time = Field(dt.time(9, 0), alias="SAMENSPEL_AGENDA_AANKONDIGING_TIJD")
    agenda_stukken_workdays: int = Field(5, alias="SAMENSPEL_AGENDA_STUKKEN_WERKDAGEN", ge=0, le=30)
    agenda_reminder_workdays: int = Field(1, alias="SAMENSPEL_AGENDA_HERINNERING_WERKDAGEN", ge=0, le=10)
    agenda_horizon_weeks: int = Field(8, alias="SAMENSPEL_AGENDA_HORIZON_WEKEN", ge=1, le=104)
    agenda_lobby_weeks: int = Field(4, alias="SAMENSPEL_AGENDA_LOBBY_WEKEN", ge=1, le=52)

    @field_validator("agenda_po_day", "agenda_college_day")
    @classmethod
    def _weekday(cls, value: str) -> str:
        weekdag(value)  # raises ValueError with the days that work
        return value

    @field_validator("huiskleur")
    @classmethod
    def _huiskleur(cls, value: str) -> str:
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", value.strip()):
            raise ValueError(f"'{value}' is geen kleur; schrijf de huiskleur als #rrggbb, bijv. #154273")
        return value.strip().lower()

    @field_validator("slack_file_hosts")
    @classmethod
    def _file_hosts(cls, value: str) -> str:
        trusted_origins(value)  # raises ValueError naming the address that will not do
        return value

    @property
    def archive_limits(self) -> ArchiveLimits:
        return ArchiveLimits(max_expanded_bytes=self.max_unpacked_bytes, max_parts=self.max_archive_parts)

    @property
    def document_limits(self) -> DocumentLimits:
        return DocumentLimits(self.document_max_bytes, self.document_max_pages, self.document_max_seconds,
                              self.document_max_stream_bytes, self.document_max_chars, self.archive_limits)

    @property
    def import_limits(self) -> ImportLimits:
        return ImportLimits(self.import_max_bytes, self.import_max_rows, self.import_max_cell_chars, self.archive_limits)

    @property
    def slack_file_origins(self) -> frozenset[Origin]:
        return trusted_origins(self.slack_file_hosts)

    @field_validator("vrije_dagen")
    @classmethod
    def _vrije_dagen(cls, value: str) -> str:
        vrije_dagen_van(value)  # raises ValueError naming the day that is not a date
        return value

    @property
    def extra_non_working_days(self) -> frozenset[dt.date]:
        return vrije_dagen_van(self.vrije_dagen)

    @field_validator("agenda_channel")
    @classmethod
    def _channel(cls, value: str | None) -> str | None:
        if value and value != "console" and not value.startswith(("slack:", "teams:")):
            raise ValueError(f"'{value}' is geen kanaal; gebruik slack:<kanaal-id>, teams:<conversatie-id> of console")
        return value or None

    @model_validator(mode="after")
    def _complete(self) -> Settings:
        if self.slack_bot_token and not (self.slack_signing_secret or self.slack_app_token):
            raise ValueError("SLACK_BOT_TOKEN is gezet, maar SLACK_SIGNING_SECRET of SLACK_APP_TOKEN ontbreekt")
        if (self.slack_signing_secret or self.slack_app_token) and not self.slack_bot_token:
            raise ValueError("SLACK_BOT_TOKEN ontbreekt (SLACK_SIGNING_SECRET/SLACK_APP_TOKEN zijn wel gezet)")
        if self.microsoft_app_id and not self.microsoft_app_password and self.microsoft_app_type != "UserAssignedMSI":
            raise ValueError("MicrosoftAppId is gezet, maar MicrosoftAppPassword ontbreekt")
        if self.microsoft_app_type not in {"MultiTenant", "SingleTenant", "UserAssignedMSI"}:
            raise ValueError(f"MicrosoftAppType {self.microsoft_app_type!r}: kies MultiTenant, SingleTenant of UserAssignedMSI")
        if self.microsoft_app_id and self.microsoft_app_type != "MultiTenant" and not self.microsoft_app_tenant_id:
            raise ValueError(f"MicrosoftAppTenantId ontbreekt (nodig bij MicrosoftAppType={self.microsoft_app_type})")
        if self.work_start >= self.work_end:
            raise ValueError("SAMENSPEL_WORK_START moet voor SAMENSPEL_WORK_END liggen, bijv. 08:30 en 17:30")
        if self.web_dev_login and not is_loopback(self.host):
            raise ValueError(f"SAMENSPEL_WEB_ONTWIKKELAANMELDING kan alleen met HOST op dit apparaat "
                             f"(127.0.0.1, ::1 of localhost), niet met HOST={self.host}")
        self._check_web_sign_in()
        if self.calendar_path is not None and not self.calendar_path.is_file():
            raise ValueError(f"SAMENSPEL_CALENDAR wijst naar {self.calendar_path}, maar dat bestand bestaat niet")
        return self

    def _check_web_sign_in(self) -> None:
        if self.web_public_url is not None and not self.web_public_url.startswith(("https://", "http://")):
            raise ValueError(f"SAMENSPEL_WEB_ADRES {self.web_public_url!r} is geen webadres; "
                             "schrijf het met https://, bijv. https://samenspel.provincie.example")
        if self.oidc_preset == "entra" and not self.oidc_tenant:
            raise ValueError("SAMENSPEL_OIDC_PRESET=entra heeft SAMENSPEL_OIDC_TENANT nodig (de tenant-id van de "
                             "organisatie in Microsoft Entra ID)")
        if self.oidc_preset and self.oidc_issuer:
            raise ValueError("Zet SAMENSPEL_OIDC_PRESET of SAMENSPEL_OIDC_ISSUER, niet allebei")
        named = [self.oidc_preset or self.oidc_issuer, self.oidc_client_id, self.oidc_client_secret]
        if any(named) and not all(named):
            raise ValueError("Aanmelden met OpenID Connect heeft SAMENSPEL_OIDC_PRESET (of SAMENSPEL_OIDC_ISSUER), "
                             "SAMENSPEL_OIDC_CLIENT_ID en SAMENSPEL_OIDC_CLIENT_SECRET nodig; er ontbreekt er een")
        if all(named) and not (self.oidc_redirect_url or self.web_public_url):
            raise ValueError("Aanmelden met OpenID Connect heeft een terugkeeradres nodig: zet SAMENSPEL_WEB_ADRES "
                             "(of SAMENSPEL_OIDC_REDIRECT_URL)")
        if self.teams_tab and not (self.web_public_url or "").startswith("https://"):
            raise ValueError("SAMENSPEL_TEAMS_TAB heeft SAMENSPEL_WEB_ADRES met https:// nodig: Teams toont alleen "
                             "pagina's over https")

    @property
    def oidc_enabled(self) -> bool:
        return bool((self.oidc_preset or self.oidc_issuer) and self.oidc_client_id and self.oidc_client_secret)

    @property
    def oidc_expected_issuer(self) -> str:
        """The issuer every ID token must name: the preset's, or the one configured."""
        if self.oidc_preset == "entra":
            return f"https://login.microsoftonline.com/{self.oidc_tenant}/v2.0"
        if self.oidc_preset == "slack":
            return "https://slack.com"
        return self.oidc_issuer or ""  # exactly as the provider writes it: some end in a slash

    @property
    def oidc_return_url(self) -> str:
        return self.oidc_redirect_url or (self.web_public_url or "").rstrip("/") + "/aanmelden/terug"

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id)

    @property
    def teams_mounted(self) -> bool:
        """/api/messages exists only with an app id, or with the explicit development switch."""
        return self.teams_enabled or self.teams_dev_mode

    @property
    def teams_tenant_ids(self) -> frozenset[str]:
        ids = {part.strip().lower() for part in self.teams_tenants.split(",") if part.strip()}
        if self.microsoft_app_tenant_id:
            ids.add(self.microsoft_app_tenant_id.strip().lower())
        return frozenset(ids)


def vrije_dagen_van(text: str) -> frozenset[dt.date]:
    """'2027-05-07, 2027-12-27' → those dates; a wrong one is named with the form that works."""
    days: set[dt.date] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            days.add(dt.date.fromisoformat(part))
        except ValueError:
            raise ValueError(f"'{part}' is geen datum; gebruik JJJJ-MM-DD, bijv. 2027-05-07,2027-12-27") from None
    return frozenset(days)


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'instelling'}: {e['msg']}" for e in error.errors())
        raise SettingsError(f"Ongeldige instellingen: {problems}") from error
