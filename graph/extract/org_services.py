"""A hospital's clinical service written like a body's name: "ศูนย์หลอดเลือดสมอง", "ศูนย์มะเร็งและรังสีรักษา",
"ศูนย์อุบัติเหตุและฉุกเฉิน".

Every hospital of a level has such centres (the fields of the Ministry of Public Health's service plan); written with
no hospital they name a service, not one body, and the judges call them junk. The pattern finds them because they
begin with "ศูนย์". A name whose whole rest after its head word (not_organizations `clinical_heads`) is made of the
words of those services and the words that join them (`clinical_services`) is a unit any hospital may have: it is
one body with its hospital written right after it (`clinical_parents`: "ศูนย์หัวใจและหลอดเลือด โรงพยาบาลระยอง", kept
as it was found; hospitals are no organizations here), and dropped otherwise (organizations.drop_bare_kinds). A name
with any other word ("ศูนย์วิจัยโรคเอดส์", "ศูนย์มะเร็งเฉลิมพระเกียรติจุฬาภรณ์", "ศูนย์หัวใจโรงพยาบาลควนขนุน") is a
name of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phakhi.ontology import load_not_organizations


@lru_cache(maxsize=1)
def _service_run() -> re.Pattern[str]:
    data = load_not_organizations()
    heads = "|".join(map(re.escape, sorted(data["clinical_heads"], key=len, reverse=True)))
    words = "|".join(map(re.escape, sorted(data["clinical_services"], key=len, reverse=True)))
    return re.compile(rf"(?:{heads})(?:{words})+")


def clinical_service(text: str, start: int, name: str) -> bool:
    """Is `name` (at `start` in `text`; spaces ignored) a head word and nothing but the words of a hospital's clinical
    services, with no hospital written right after it (after one space at most)?"""
    if _service_run().fullmatch(name.replace(" ", "")) is None:
        return False
    end = start + len(name)
    end += text.startswith(" ", end)
    return not text.startswith(tuple(load_not_organizations()["clinical_parents"]), end)
