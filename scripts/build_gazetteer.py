"""Build ``cchc_metrics/lexicon/data/places.json`` from underthesea's administrative data.

Run once (``python scripts/build_gazetteer.py``); the runtime reads only the JSON and never
imports underthesea.

Source: ``underthesea/address/data/mapping.json`` (underthesea >= 8, which takes it from
the ``vietnamadminunits`` package; metadata ``effective_date`` 2025-07-01). It holds the 63
provinces before 1 July 2025 (``old_province_names``), the old-to-new province mapping used by
``underthesea.address.convert_address`` (``province_mapping``, 63 -> 34) and every old ward
with its old district (``ward_mapping``), from which the districts of each province are read.

Output (compact JSON)::

    {"source": ..., "provinces": [[short_name, province_2025, {district: type, ...}], ...]}

``type`` is one of ``quận``, ``huyện``, ``thị xã``, ``thành phố`` (lower case).
The data calls Thừa Thiên Huế "Huế" (its 2025 name); news before 2025 says Thừa Thiên Huế,
so the old-province short name is taken as "Thừa Thiên Huế" (the 2025 province stays "Huế").
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import underthesea

MAPPING = Path(underthesea.__file__).parent / "address" / "data" / "mapping.json"
OUT = Path(__file__).resolve().parent.parent / "cchc_metrics" / "lexicon" / "data" / "places.json"
COMMUNES = OUT.with_name("communes.json")
_WARD = re.compile(r"^(Phường|Xã|Thị [tT]rấn|Đặc khu)\s+(.+)$")

# Names the pre-2025 news uses where the 2025 data uses the new one.
OLD_SHORT_FIX = {"Huế": "Thừa Thiên Huế"}
_PREFIX = re.compile(r"^(Quận|Huyện|Thị [xX]ã|Thành [pP]hố)\s+(.+)$")


def main() -> None:
    data = json.loads(MAPPING.read_text(encoding="utf-8"))
    new_names = {k: v["short"] for k, v in data["province_names"].items()}
    districts: dict[str, dict[str, str]] = {}
    for rec in data["ward_mapping"]:
        name = unicodedata.normalize("NFC", rec["old_district"].strip())
        m = _PREFIX.match(name)
        if not m:
            continue
        districts.setdefault(rec["old_province_key"], {})[m.group(2)] = m.group(1).lower()
    provinces = []
    for key, info in data["old_province_names"].items():
        short = unicodedata.normalize("NFC", info["short"])
        short = OLD_SHORT_FIX.get(short, short)
        new = new_names[data["province_mapping"][key]]
        dists = dict(sorted(districts.get(key, {}).items()))
        provinces.append([short, new, dists])
    out = {
        "source": f"underthesea {underthesea.__version__}: address/data/mapping.json "
        f"({data['metadata'].get('source')} {data['metadata'].get('version')}, "
        f"effective {data['metadata'].get('effective_date')})",
        "provinces": provinces,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT}: {len(provinces)} provinces, "
          f"{sum(len(p[2]) for p in provinces)} districts")
    write_communes(data, source=out["source"])


def write_communes(data: dict, source: str) -> None:
    """``communes.json``: each commune-level name ("xã|Lũng Cú") with the (province, district)
    pairs it had before 1 July 2025, and each ward name of the 2025 structure with its new
    province — so a commune-level story that names only its commune can be placed."""
    old_short = {k: OLD_SHORT_FIX.get(unicodedata.normalize("NFC", v["short"]), unicodedata.normalize("NFC", v["short"]))
                 for k, v in data["old_province_names"].items()}
    new_short = {k: unicodedata.normalize("NFC", v["short"]) for k, v in data["province_names"].items()}
    old: dict[str, list] = {}
    new: dict[str, list] = {}
    for rec in data["ward_mapping"]:
        ward = _WARD.match(unicodedata.normalize("NFC", rec["old_ward"].strip()))
        dist = _PREFIX.match(unicodedata.normalize("NFC", rec["old_district"].strip()))
        if ward and dist:
            key = f"{ward.group(1).lower()}|{ward.group(2)}"
            pair = [old_short[rec["old_province_key"]], dist.group(2)]
            if pair not in old.setdefault(key, []):
                old[key].append(pair)
        nward = _WARD.match(unicodedata.normalize("NFC", rec["new_ward"].strip()))
        if nward:
            key = f"{nward.group(1).lower()}|{nward.group(2)}"
            prov = new_short[rec["new_province_key"]]
            if prov not in new.setdefault(key, []):
                new[key].append(prov)
    out = {"source": source, "old": dict(sorted(old.items())), "new": dict(sorted(new.items()))}
    COMMUNES.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {COMMUNES}: {len(old)} commune names before 1 July 2025, {len(new)} after")


if __name__ == "__main__":
    main()
