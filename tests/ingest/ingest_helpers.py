"""Helpers shared by the ingest tests (a uniquely named module, importable from any test file)."""

from __future__ import annotations

from pathlib import Path

from seismo.models import Article, Rejection

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "article.txt"

ENGLISH_BODY = (
    "Some troops near the border are being pulled back and returning to their bases "
    "after completing exercises, the ministry announced on Tuesday.\n\n"
    "The move is a sign that the president may be open to talks, but the threat of war "
    "is not over yet, according to officials who spoke to reporters."
)

GERMAN = (
    "Die Bundesregierung hat am Dienstag angekündigt, dass die Truppen an der Grenze zur "
    "Ukraine teilweise abgezogen werden. Der Sprecher des Verteidigungsministeriums sagte, "
    "die Einheiten hätten ihre Übungen abgeschlossen und kehrten nun in ihre Standorte "
    "zurück. Die Lage bleibt jedoch angespannt."
)

# Cyrillic on purpose; ruff flags two one-letter Russian words as look-alikes of Latin letters.
RUSSIAN = (
    "Министерство обороны России во вторник объявило, что часть войск, находившихся "
    "у границы "  # noqa: RUF001
    "с Украиной, "  # noqa: RUF001
    "возвращается в места постоянной дислокации после завершения учений. Представитель "
    "ведомства заявил, что подразделения уже начали погрузку на железнодорожный и "
    "автомобильный транспорт."
)


def only_article(results: list[Article | Rejection]) -> Article:
    """The single result, asserted to be an Article."""
    assert len(results) == 1, results
    result = results[0]
    assert isinstance(result, Article), result
    return result


def only_rejection(results: list[Article | Rejection], code: str) -> Rejection:
    """The single result, asserted to be a Rejection with ``code`` and a coded reason."""
    assert len(results) == 1, results
    result = results[0]
    assert isinstance(result, Rejection), result
    assert result.code == code, result
    assert result.reason.startswith(f"{code} "), result.reason
    return result
