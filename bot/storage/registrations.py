"""Stored BPU pre-registrations (table `registrations`, migration 2) and their CSV export.

What the CSV contains (a deliberate choice): by default NIK and phone are masked to the last 4
digits and the name to each word's first letter, like every staff listing, because a CSV
travels (e-mail, chat, laptops). Branch staff find the full record by its reference code on
the server. `full=True` (only the local CLI `python -m bot export registrations --full`, run
by someone who already has the database file) writes name, NIK and phone in clear. Neither
variant contains the owner's chat id.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from bot.core.csvout import csv_text
from bot.core.privacy import mask_digits, mask_name, mask_phone
from bot.storage.database import Database, IntegrityError

# No 0/O, 1/I/L: the code is read aloud on the phone to 175 or at a branch counter.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class DuplicateNik(Exception):
    """This NIK already has a pre-registration."""


def new_ref_code() -> str:
    part = lambda: "".join(secrets.choice(_ALPHABET) for _ in range(4))  # noqa: E731
    return f"PRA-{part()}-{part()}"


@dataclass
class Registration:
    owner_key: str
    nik: str
    full_name: str
    birth_date: date
    phone: str
    occupation: str
    transport: bool
    region_code: str
    region_name: str
    monthly_income: int
    with_jht: bool
    monthly_estimate: int | None
    consent_at: float
    ref_code: str = ""
    created_at: float = 0.0

    @property
    def nik_masked(self) -> str:
        return mask_digits(self.nik)

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)

    @property
    def programs(self) -> str:
        return "JKK, JKM, JHT" if self.with_jht else "JKK, JKM"


_COLUMNS = [f.name for f in fields(Registration)]
CSV_HEADER = ["ref_code", "created_at", "full_name", "nik", "birth_date_or_year", "phone",
              "occupation", "transport", "region_code", "region_name", "monthly_income", "programs",
              "monthly_estimate"]


def _from_row(row: Any) -> Registration:
    values = {name: row[name] for name in _COLUMNS}
    values["birth_date"] = date.fromisoformat(values["birth_date"])
    values["transport"] = bool(values["transport"])
    values["with_jht"] = bool(values["with_jht"])
    return Registration(**values)


class RegistrationStore:
    def __init__(self, db: Database):
        self.db = db

    async def add(self, reg: Registration) -> Registration:
        """Store with a fresh reference code; raises DuplicateNik if the NIK is taken."""
        if await self.nik_owner(reg.nik) is not None:
            raise DuplicateNik
        reg.created_at = time.time()
        for _ in range(10):
            reg.ref_code = new_ref_code()
            try:
                await self.db.write(
                    f"INSERT INTO registrations({', '.join(_COLUMNS)}) "
                    f"VALUES ({', '.join('?' for _ in _COLUMNS)})",
                    [_to_db(getattr(reg, name)) for name in _COLUMNS],
                )
                return reg
            except IntegrityError as err:
                # Database.write already rolled back this INSERT alone.
                if "nik" in str(err):
                    raise DuplicateNik from None
                # ref_code collision (astronomically rare): draw another code
        raise RuntimeError("could not draw a unique reference code")

    async def nik_owner(self, nik: str) -> str | None:
        owner = await self.db.fetchval(
            "SELECT owner_key FROM registrations WHERE nik = ?", (nik,))
        return None if owner is None else str(owner)

    async def for_owner(self, owner_key: str) -> list[Registration]:
        return await self._select("WHERE owner_key = ? ORDER BY id", (owner_key,))

    async def all(self) -> list[Registration]:
        return await self._select("ORDER BY id", ())

    async def delete_owner(self, owner_key: str) -> int:
        cur = await self.db.write("DELETE FROM registrations WHERE owner_key = ?",
                                  (owner_key,))
        return cur.rowcount

    async def _select(self, where: str, params: tuple) -> list[Registration]:
        rows = await self.db.fetchall(
            f"SELECT {', '.join(_COLUMNS)} FROM registrations {where}", params)
        return [_from_row(row) for row in rows]

    async def export_csv(self, full: bool = False) -> bytes:
        """CSV for staff; name, NIK and phone masked unless `full` (see module docstring)."""
        rows = [
            [
                reg.ref_code,
                time.strftime("%Y-%m-%d %H:%M", time.localtime(reg.created_at)),
                reg.full_name if full else mask_name(reg.full_name),
                reg.nik if full else reg.nik_masked,
                reg.birth_date.isoformat() if full else str(reg.birth_date.year),
                reg.phone if full else reg.phone_masked,
                reg.occupation,
                "ya" if reg.transport else "tidak",
                reg.region_code,
                reg.region_name,
                reg.monthly_income,
                reg.programs,
                "" if reg.monthly_estimate is None else reg.monthly_estimate,
            ]
            for reg in await self.all()
        ]
        # BOM so spreadsheet programs open the names with the right encoding.
        return ("\ufeff" + csv_text(CSV_HEADER, rows)).encode("utf-8")


def _to_db(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value
