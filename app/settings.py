"""All configuration in one place, read once from the environment (VILAO_*, NEO4J_*) and passed down."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.open import open_store
from graph.store import GraphStore


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VILAO_", extra="ignore")

    store: str = Field(default="./vilao-data", description="a folder (embedded store) or a bolt:// / neo4j:// URI")
    neo4j_username: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_USERNAME"))
    neo4j_password: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_PASSWORD"))
    neo4j_database: str | None = Field(default=None, validation_alias=AliasChoices("NEO4J_DATABASE"))
    api_token: str | None = Field(default=None, description="when set, POST /api/documents needs it as a Bearer token")
    max_document_bytes: int = Field(default=1_000_000, description="largest document POST /api/documents accepts")
    batch_size: int = Field(default=200, ge=1, description="documents per store transaction during ingest")
    graph_node_cap: int = Field(default=300, ge=1, description="most nodes /api/graph returns")
    answer_cache_mb: int = Field(
        default=64, ge=0, description="MB of answers kept per state of the store (app/cache.py); 0: none"
    )

    def open_store(self) -> GraphStore:
        return open_store(
            self.store,
            username=self.neo4j_username,
            password=self.neo4j_password,
            database=self.neo4j_database,
        )
