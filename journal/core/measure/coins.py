"""Coins a person can lay beside a bump to give a photo its scale.

Diameters in millimetres as the issuing mints publish them, gathered in the project's
clinical notes (CLINICAL-NOTES.md, "Reference objects for calibrating a photo"):
- Euro: the European Central Bank's coin pages (ecb.europa.eu, "Euro coins"; the common sides).
- US: the United States Mint's coin specifications (usmint.gov, "Coin Specifications"),
  the four MoleMapper uses (MoleMapper/interfaceTesting/ReferenceConverter.m).
- UK: the Royal Mint's specifications of the current coins (royalmint.com, "Our coins").
  The 20p and 50p are seven-sided (equilateral-curve heptagons of constant width): their
  diameter is measured across, from a corner to the middle of the opposite curved edge.
"""

from __future__ import annotations

import dataclasses

from journal.core.errors import ValidationError
from journal.core.language import Words


class CoinWords(Words):
    """The coins by name (the names kept, the descriptions translated)."""


@dataclasses.dataclass(frozen=True)
class Coin:
    key: str
    label: str  # English, marked; `shown` is the person's language
    diameter_mm: float

    @property
    def shown(self) -> str:
        return CoinWords.tr(self.label)


COINS: tuple[Coin, ...] = (
    # Euro (European Central Bank)
    Coin("eur-1c", CoinWords.mark("1 euro cent"), 16.25),
    Coin("eur-2c", CoinWords.mark("2 euro cent"), 18.75),
    Coin("eur-5c", CoinWords.mark("5 euro cent"), 21.25),
    Coin("eur-10c", CoinWords.mark("10 euro cent"), 19.75),
    Coin("eur-20c", CoinWords.mark("20 euro cent"), 22.25),
    Coin("eur-50c", CoinWords.mark("50 euro cent"), 24.25),
    Coin("eur-1", CoinWords.mark("1 euro"), 23.25),
    Coin("eur-2", CoinWords.mark("2 euro"), 25.75),
    # United States (United States Mint)
    Coin("usd-1c", CoinWords.mark("US 1 cent (penny)"), 19.05),
    Coin("usd-5c", CoinWords.mark("US 5 cents (nickel)"), 21.21),
    Coin("usd-10c", CoinWords.mark("US 10 cents (dime)"), 17.91),
    Coin("usd-25c", CoinWords.mark("US 25 cents (quarter)"), 24.26),
    # United Kingdom (Royal Mint)
    Coin("gbp-1p", CoinWords.mark("UK 1 penny"), 20.30),
    Coin("gbp-2p", CoinWords.mark("UK 2 pence"), 25.90),
    Coin("gbp-5p", CoinWords.mark("UK 5 pence"), 18.00),
    Coin("gbp-10p", CoinWords.mark("UK 10 pence"), 24.50),
    Coin("gbp-20p", CoinWords.mark("UK 20 pence (seven-sided: across the curved edges)"), 21.40),
    Coin("gbp-50p", CoinWords.mark("UK 50 pence (seven-sided: across the curved edges)"), 27.30),
    Coin("gbp-1", CoinWords.mark("UK 1 pound"), 23.43),
    Coin("gbp-2", CoinWords.mark("UK 2 pounds"), 28.40),
)
_BY_KEY = {c.key: c for c in COINS}


def coin(key: str) -> Coin:
    """The coin with this key (as in COINS, e.g. "eur-1", "usd-25c"); ValidationError if unknown."""
    found = _BY_KEY.get(key.strip().lower()) if isinstance(key, str) else None
    if found is None:
        raise ValidationError(
            "coin",
            CoinWords.tr("{value} is not a coin this journal knows (known: {keys})").format(
                value=repr(key), keys=", ".join(_BY_KEY)
            ),
        )
    return found
