"""Settings: the only reader of the environment. Fails fast and names the missing key."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
