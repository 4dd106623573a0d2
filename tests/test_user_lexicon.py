"""A user's own lexicon file ($CCHC_METRICS_LEXICON, cchc_metrics/lexicon/user.py).

The lexicons are compiled when the package is imported, so each case runs in a fresh
interpreter with the variable set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

TEXT = ("Xứ Mường có 95% hồ sơ trực tuyến. Giá vé là 500 bạt. Mỗi người trực 3 ca trực. "
        "Xã có 12 sào lúa. Theo Hướng dẫn số 12/HD-UBND, tỉnh đã rà soát thủ tục.")
PROBE = (
    "import json, sys; from cchc_metrics import extract; ex = extract(sys.argv[1]); "
    "print(json.dumps({'metrics': [[m.kind, m.text, m.unit, m.locality] for m in ex.metrics], "
    "'refs': [r.key for r in ex.legal_refs]}, ensure_ascii=False))"
)


def _run(lexicon: dict | str | None, tmp_path, text: str = TEXT) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CCHC_METRICS_LEXICON"}
    if lexicon is not None:
        path = tmp_path / "lexicon.json"
        path.write_text(lexicon if isinstance(lexicon, str) else json.dumps(lexicon, ensure_ascii=False),
                        encoding="utf-8")
        env["CCHC_METRICS_LEXICON"] = str(path)
    return subprocess.run([sys.executable, "-c", PROBE, text], capture_output=True, text=True, env=env, timeout=120)


USER = {
    "province_aliases": {"Xứ Mường": "Hòa Bình"},
    "money_units": {"bạt": "THB"},
    "duration_units": {"ca trực": "hour"},
    "quantity_units": {"sào": "360 * m**2"},
    "document_types": {"hướng dẫn": ["hướng dẫn"]},
}


def test_user_entries_are_read(tmp_path):
    out = json.loads(_run(USER, tmp_path).stdout)
    got = {m[1]: m for m in out["metrics"]}
    assert got["95%"][3] == "Hòa Bình"
    assert got["500 bạt"][2] == "THB"
    assert got["3 ca trực"][:3] == ["duration", "3 ca trực", "hour"]
    assert got["12 sào"][:3] == ["quantity", "12 sào", "360 * m**2"]
    assert out["refs"] == ["hướng dẫn 12/hd-ubnd"]


def test_without_the_file_none_of_it(tmp_path):
    out = json.loads(_run(None, tmp_path).stdout)
    texts = [m[1] for m in out["metrics"]]
    assert "500 bạt" not in texts and "12 sào" not in texts and out["refs"] == []
    assert all(m[3] != "Hòa Bình" for m in out["metrics"])


@pytest.mark.parametrize("lexicon, message", [
    ("{not json", "not JSON"),
    ({"units": {}}, "unknown section"),
    ({"duration_units": {"ca trực": "shift"}}, "is not one of"),
    ({"money_units": {"bạt": 3}}, "must be a string"),
    ({"document_types": {"hướng dẫn": "hướng dẫn"}}, "list of written forms"),
    ({"province_aliases": {"Xứ Mường": "Mường Quốc"}}, "no province"),
])
def test_a_malformed_file_is_refused_clearly(tmp_path, lexicon, message):
    done = _run(lexicon, tmp_path)
    assert done.returncode != 0
    assert "ValueError" in done.stderr and message in done.stderr
