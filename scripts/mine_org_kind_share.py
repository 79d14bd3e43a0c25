"""Mine ontology/th/org_kind_share.json: for names begun by an organization prefix word, how often the corpora write
them as a kind of body rather than one body, as graded evidence for the organizations' validity model (validity.py
reads it through organizations.kind_share_features), where org_spread.json lists only the names past its thresholds.

    python scripts/mine_org_kind_share.py thaigov-v1.tar thaigov-v2.tar --skip v1-sample.tar --skip v2-sample.tar \
        --per-archive 100000

The names and their evidence are those of mine_org_spread.py's `evidence` (the same cut runs, read in a stride of each
archive, the audit samples' releases skipped): per name the releases writing it, those writing it as a kind (a place
after it, a count, a spread or a plural, "จัดตั้ง…" before it), the releases counting it, the different places written
after it, and the different bodies written right after it (its owners: "คณะกรรมการสถานศึกษา|โรงเรียน…", "ฝ่าย
บริหาร|…": one in every body of some kind). One body has one address and one parent, and is rarely counted; a kind
is completed with many. A name is listed when the corpora write it in MIN_USES releases or more and it has some such
evidence; a name not listed has none the model can read.
"""

from __future__ import annotations

from pathlib import Path

from mine_org_spread import FOLLOWER_CHARS, evidence
from mining import run_archive_miner

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ontology" / "th" / "org_kind_share.json"
MIN_USES = 3  # releases writing a name: fewer say nothing about how it is written
FIELDS = ["releases", "as_kind", "counted", "places_after", "owners_after"]


def mine(paths: list[str], skip_paths: list[str], per_archive: int) -> dict:
    uses, kinds, counts, followers, read, owners = evidence(paths, skip_paths, per_archive)
    rows = {n: [u, kinds[n], counts[n], len(followers.get(n, ())), len(owners.get(n, ()))]
            for n, u in uses.items() if u >= MIN_USES and (kinds[n] or owners.get(n))}
    return {"_doc": (f"Mined by scripts/mine_org_kind_share.py from {read} releases of the thaigov v1 and v2 corpora "
                     "(none of the audit samples' releases): names begun by an organization prefix word (cut as "
                     f"mine_org_spread.py cuts them) written in {MIN_USES} releases or more, with evidence of a kind of "
                     f"body. Per name: {FIELDS} (places and owners told apart by their first {FOLLOWER_CHARS} "
                     "characters). graph/extract/organizations.py kind_share_features reads it for the validity model."),
            "fields": FIELDS,
            "names": {n: rows[n] for n in sorted(rows)}}


def main() -> None:
    run_archive_miner(__doc__, OUT, mine, lambda data: f"{len(data['names'])} names", per_archive=2000)


if __name__ == "__main__":
    main()
