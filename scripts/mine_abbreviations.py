"""Mine organisation abbreviations from the thaigov corpus tarball.

Thai press releases define abbreviations inline: "กรมส่งเสริมอุตสาหกรรม (กสอ.)",
"สำนักงานคณะกรรมการส่งเสริมการลงทุน (บีโอไอ)", "องค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ (UNIDO)".
This tool streams the corpus (never unpacking it to disk) and reports, as TSV on stdout:

  definitions (default)   count <TAB> abbreviation <TAB> name
      every "<name> (<ABBR>)" pair whose name starts with an organisation head word
      (กระทรวง, กรม, สำนักงาน, สถาบัน, การ...แห่งประเทศไทย, ธนาคาร, องค์การ, สภา, สมาคม, ...).
  --check AUTHORITY.jsonl  id <TAB> field <TAB> form <TAB> count
      how often each surface form of an authority file (organizations.jsonl) occurs,
      counting Latin and dotted forms only at token boundaries.

Usage:
    python scripts/mine_abbreviations.py thaigov-v1.tar.xz [--min-count 3] > definitions.tsv
    python scripts/mine_abbreviations.py thaigov-v1.tar.xz --check organizations.jsonl > counts.tsv

Only the standard library is used. The text is normalised the way phakhi normalises releases
(NFC, decomposed "ํา" -> "ำ", zero-width and no-break spaces removed).
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tarfile
import unicodedata
from typing import Counter, Iterator

THAI = "\u0e00-\u0e7f"
HEAD = re.compile(
    r"(?:กระทรวง|ทบวง|กรม|สำนักงาน|สำนัก|สถาบัน|การ(?=[" + THAI + r"]{2,40}แห่งประเทศไทย)|การไฟฟ้า|การประปา"
    r"|ธนาคาร|บรรษัท|องค์การ|องค์กร|สภา|สมาคม|สมาพันธ์|หอการค้า|คณะกรรมการ|คณะกรรมาธิการ|ศูนย์|กองทุน"
    r"|มหาวิทยาลัย|บริษัท|สหภาพ|คณะรัฐมนตรี)"
)
# "(กสอ.)", "(ส.อ.ท.)", "(บีโอไอ)", "(UNIDO)", "(SME D Bank)"
PAREN = re.compile(
    r"\(\s*([ก-ฮ][" + THAI + r".]{0,14}\.|[" + THAI + r"]{2,8}"
    r"|[A-Za-z][A-Za-z&.\- ]{1,24}[A-Za-z.])\s*\)"
)
LOOKBACK = 120
# parenthesised words that are not abbreviations
NOT_ABBR = {"มหาชน", "องค์การมหาชน", "ประเทศไทย", "เดิม", "ใหม่", "หลังใหม่", "ถ้ามี"}
# a name containing one of these has run into the surrounding clause
CLAUSE_BREAK = re.compile(
    r"[,;:“”\"()]|\s(?:โดย|และ|ของ|ว่า|ได้|เป็น|ที่|ให้|ณ|ร่วมกับ|ภายหลัง|กล่าว|เปิดเผย)\s|ภายหลัง|เสร็จสิ้น"
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    for ch in ("\u200b", "\u200c", "\u200d", "\ufeff"):
        text = text.replace(ch, "")
    return text.replace("\xa0", " ")


def releases(tarball: str) -> Iterator[str]:
    """Yield each release's normalised text, streaming the .tar.xz."""
    with tarfile.open(tarball, "r|*") as tar:
        for member in tar:
            if member.isfile():
                handle = tar.extractfile(member)
                if handle is not None:
                    yield normalise(handle.read().decode("utf-8", "replace"))


def definitions(text: str) -> Iterator[tuple[str, str]]:
    """(abbreviation, name) pairs defined in one text."""
    for m in PAREN.finditer(text):
        abbr = m.group(1).strip()
        if abbr in NOT_ABBR:
            continue
        window = text[max(0, m.start() - LOOKBACK):m.start()].rstrip()
        window = window.split("\n")[-1]
        heads = [h.start() for h in HEAD.finditer(window)]
        if not heads:
            continue
        # prefer the earliest head that still gives a name without a clause break in it
        for start in heads:
            name = window[start:].strip()
            if not CLAUSE_BREAK.search(name):
                yield abbr, name
                break


def mine_definitions(tarball: str, min_count: int) -> None:
    pairs: Counter[tuple[str, str]] = collections.Counter()
    for text in releases(tarball):
        pairs.update(definitions(text))
    for (abbr, name), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= min_count:
            print(f"{n}\t{abbr}\t{name}")


def _pattern(form: str) -> re.Pattern[str] | None:
    """Token-boundary pattern for Latin and dotted forms; None means plain substring count."""
    if re.search(r"[A-Za-z]", form) or form.endswith("."):
        tail = r"(?![A-Za-z])" if re.search(r"[A-Za-z]$", form) else ""
        return re.compile(r"(?<![A-Za-z0-9" + THAI + r"])" + re.escape(form) + tail)
    return None


def check_authority(tarball: str, authority: str) -> None:
    rows = [json.loads(line) for line in open(authority, encoding="utf-8") if line.strip()]
    forms: list[tuple[str, str, str]] = []
    for row in rows:
        forms.append((row["id"], "th", row["th"]))
        if row.get("en"):
            forms.append((row["id"], "en", row["en"]))
        forms += [(row["id"], "abbr", x) for x in row.get("abbr", [])]
        forms += [(row["id"], "alt", x) for x in row.get("alt", [])]
    patterns = {form: _pattern(form) for _, _, form in forms}
    counts: Counter[str] = collections.Counter()
    for text in releases(tarball):
        for form, pat in patterns.items():
            if form in text:
                counts[form] += len(pat.findall(text)) if pat else text.count(form)
    for ident, field, form in forms:
        print(f"{ident}\t{field}\t{form}\t{counts[form]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tarball", help="path to thaigov-v1.tar.xz (read as a stream)")
    parser.add_argument("--min-count", type=int, default=3, help="smallest pair count to print (definitions mode)")
    parser.add_argument("--check", metavar="AUTHORITY", help="count the surface forms of this organizations.jsonl instead")
    args = parser.parse_args(argv)
    if args.check:
        check_authority(args.tarball, args.check)
    else:
        mine_definitions(args.tarball, args.min_count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
