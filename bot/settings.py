"""Settings: the only reader of the environment. Fails fast and names the missing key."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from handlers.domain.agenda import weekdag


class SettingsError(Exception):
    pass


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore", populate_by_name=True)

    database_url: str = Field("sqlite:///samenspel.db", alias="DATABASE_URL")
    calendar_path: Path | None = Field(None, alias="SAMENSPEL_CALENDAR")
    asap_days: int = Field(14, alias="SAMENSPEL_ASAP_DAYS", ge=1, le=365)
    demo: bool = Field(True, alias="SAMENSPEL_DEMO")
    console_user: str | None = Field(None, alias="SAMENSPEL_CONSOLE_USER")
    log_level: str = Field("INFO", alias="LOG_LEVEL")
    port: int = Field(3978, alias="PORT")

    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_api_url: str = Field("https://slack.com/api/", alias="SLACK_API_URL")

    microsoft_app_id: str | None = Field(None, alias="MicrosoftAppId")
    microsoft_app_password: str | None = Field(None, alias="MicrosoftAppPassword")
    microsoft_app_type: str = Field("MultiTenant", alias="MicrosoftAppType")
    microsoft_app_tenant_id: str | None = Field(None, alias="MicrosoftAppTenantId")

    # The PO/college agenda (docs/agenda.md): recurring meetings, announcements, stukken.
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
        if self.calendar_path is not None and not self.calendar_path.is_file():
            raise ValueError(f"SAMENSPEL_CALENDAR wijst naar {self.calendar_path}, maar dat bestand bestaat niet")
        return self

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.microsoft_app_id)


def load_settings(**overrides: object) -> Settings:
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'instelling'}: {e['msg']}" for e in error.errors())
        raise SettingsError(f"Ongeldige instellingen: {problems}") from error
