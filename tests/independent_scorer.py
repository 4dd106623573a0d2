"""A second, deliberately naive implementation of FORMAT.md "Scoring", written from the
spec alone (it imports nothing of cchc_metrics), to cross-check cchc_metrics.evaluation.

Style: plain dicts and lists, brute force. Matching rescans every (gold, prediction) pair
for the best remaining one at each step instead of sorting a candidate list.

Readings of the spec shared with the library (see its module docstring): "earlier" means
starting earlier in the text, then earlier in the list; numbers agree when
|p - g| <= 0.005 |g|; quantity units agree when converting 1 of one into the other gives 1.

Input: a list of documents, each a dict
    {"text": str, "gold": <FORMAT.md dict with quote/nth>, "pred": <FORMAT.md dict with start/end>}
Output: a flat dict of figures, keys like "percent.tp", "all.f1", "locality", "subject".
"""

from __future__ import annotations

import unicodedata

ALL_KINDS = ["percent", "count", "money", "fraction", "rank", "duration", "quantity", "deadline"]

_ureg = []


def _find(text, quote, nth):
    at = -1
    for _ in range(nth):
        at = text.find(quote, at + 1)
        assert at >= 0, f"quote {quote!r} not found"
    return at, at + len(quote)


def _span(entry, text):
    if "start" in entry and "end" in entry:
        return entry["start"], entry["end"]
    return _find(text, entry["quote"], entry.get("nth", 1))


def _close(g, p):
    if g is None and p is None:
        return True
    if g is None or p is None:
        return False
    diff = p - g if p >= g else g - p
    return diff <= 0.005 * (g if g >= 0 else -g)


def _same_unit_string(a, b):
    return a.replace(" ", "").replace("\t", "").lower() == b.replace(" ", "").replace("\t", "").lower()


def _pint_same(a, b):
    if not _ureg:
        import pint

        u = pint.UnitRegistry()
        u.define("Mbps = megabit / second")
        _ureg.append(u)
    u = _ureg[0]
    try:
        qa = u.Quantity(1, u.parse_units(a))
        qb = u.Quantity(1, u.parse_units(b))
        if qa.dimensionality != qb.dimensionality:
            return False
        ra = qa.to_base_units().magnitude
        rb = qb.to_base_units().magnitude
    except Exception:
        return False
    return abs(ra - rb) <= 1e-9 * max(abs(ra), abs(rb))


def _unit_ok(kind, g, p):
    if kind not in ("money", "duration", "quantity"):
        return True
    if g is None or p is None:
        return g is None and p is None
    if kind == "quantity":
        return _same_unit_string(g, p) or _pint_same(g, p)
    return _same_unit_string(g, p)


def _correct(g, p):
    if g["kind"] == "deadline":
        return g.get("date") == p.get("date")
    for k in ("value", "denominator", "value_max"):
        if not _close(g.get(k), p.get(k)):
            return False
    return _unit_ok(g["kind"], g.get("unit"), p.get("unit"))


def _prf(tp, fp, fn):
    if tp + fp + fn == 0:
        return None, None, None
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _bag(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = unicodedata.normalize("NFC", s)
    words = s.replace(",", " ").split()
    bag = {}
    for w in words:
        bag[w] = bag.get(w, 0) + 1
    return bag


def _bag_f1(gold, pred):
    if pred is None or pred == "":
        return 0.0
    g, p = _bag(gold), _bag(pred)
    both = 0
    for w in g:
        if w in p:
            both += min(g[w], p[w])
    if both == 0:
        return 0.0
    prec = both / sum(p.values())
    rec = both / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def _norm_attr(name, v):
    if name == "qualifier" and v == "exact":
        return None
    if name == "status" and v == "actual":
        return None
    return v


def _low(v):
    return v.lower() if isinstance(v, str) else v


def independent_score(documents):
    tally = {}

    def bump(key, by=1):
        tally[key] = tally.get(key, 0) + by

    loc_ok = loc_n = dis_ok = dis_n = 0
    subj_sum = 0.0
    subj_n = 0

    for d in documents:
        text = d["text"]
        gold = [dict(m) for m in d["gold"].get("metrics", [])]
        pred = [dict(m) for m in d["pred"].get("metrics", [])]
        for m in gold + pred:
            m["_s"], m["_e"] = _span(m, text)

        # brute-force greedy matching
        g_taken = [False] * len(gold)
        p_taken = [False] * len(pred)
        pairs = []
        while True:
            best = None
            for i, g in enumerate(gold):
                if g_taken[i]:
                    continue
                for j, p in enumerate(pred):
                    if p_taken[j] or p["kind"] != g["kind"]:
                        continue
                    ov = min(g["_e"], p["_e"]) - max(g["_s"], p["_s"])
                    if ov <= 0:
                        continue
                    key = (ov, -g["_s"], -i, -p["_s"], -j)
                    if best is None or key > best[0]:
                        best = (key, i, j)
            if best is None:
                break
            _, i, j = best
            g_taken[i] = p_taken[j] = True
            pairs.append((gold[i], pred[j]))

        for g, p in pairs:
            if g.get("optional") is True:
                continue
            k = g["kind"]
            if _correct(g, p):
                bump(k + ".tp")
            else:
                bump(k + ".fp")
                bump(k + ".fn")
            loc_n += 1
            loc_ok += _low(g.get("locality")) == _low(p.get("locality"))
            dis_n += 1
            dis_ok += _low(g.get("district")) == _low(p.get("district"))
            for name in ("qualifier", "status", "per", "change", "relation"):
                if name == "relation" and k != "deadline":
                    continue
                gv = _norm_attr(name, g.get(name))
                pv = _norm_attr(name, p.get(name))
                if gv is not None and pv == gv:
                    bump(name + ".tp")
                if gv is not None and pv != gv:
                    bump(name + ".fn")
                if pv is not None and pv != gv:
                    bump(name + ".fp")
            if k in ("count", "fraction", "percent", "money"):
                s = g.get("subject")
                if isinstance(s, str) and s.strip():
                    subj_n += 1
                    subj_sum += _bag_f1(s, p.get("subject"))
        for i, g in enumerate(gold):
            if not g_taken[i] and g.get("optional") is not True:
                bump(g["kind"] + ".fn")
        for j, p in enumerate(pred):
            if not p_taken[j]:
                bump(p["kind"] + ".fp")

        # legal refs: multiset intersection of lower-cased keys
        gk = [r["key"].lower() for r in d["gold"].get("legal_refs", [])]
        pk = [r["key"].lower() for r in d["pred"].get("legal_refs", [])]
        rest = list(pk)
        hit = 0
        for key in gk:
            if key in rest:
                rest.remove(key)
                hit += 1
        bump("legal_refs.tp", hit)
        bump("legal_refs.fn", len(gk) - hit)
        bump("legal_refs.fp", len(pk) - hit)

    out = {}
    groups = {k: [k] for k in ALL_KINDS}
    groups["all"] = ALL_KINDS
    groups["all_nodl"] = [k for k in ALL_KINDS if k != "deadline"]
    for name in ("qualifier", "status", "per", "change", "relation", "legal_refs"):
        groups[name] = [name]
    for name, members in groups.items():
        tp = sum(tally.get(m + ".tp", 0) for m in members)
        fp = sum(tally.get(m + ".fp", 0) for m in members)
        fn = sum(tally.get(m + ".fn", 0) for m in members)
        p, r, f = _prf(tp, fp, fn)
        out.update({f"{name}.tp": tp, f"{name}.fp": fp, f"{name}.fn": fn,
                    f"{name}.p": p, f"{name}.r": r, f"{name}.f1": f})
    out["locality"] = loc_ok / loc_n if loc_n else None
    out["district"] = dis_ok / dis_n if dis_n else None
    out["subject"] = subj_sum / subj_n if subj_n else None
    return out


def report_figures(report_dict):
    """The same flat figures out of ``cchc_metrics.evaluation.Report.to_dict()``."""
    out = {}

    def put(name, c):
        out.update({f"{name}.tp": c["tp"], f"{name}.fp": c["fp"], f"{name}.fn": c["fn"],
                    f"{name}.p": c["precision"], f"{name}.r": c["recall"], f"{name}.f1": c["f1"]})

    for kind in ALL_KINDS:
        put(kind, report_dict["kinds"][kind])
    put("all", report_dict["all"])
    put("all_nodl", report_dict["all_no_deadlines"])
    for name, c in report_dict["attributes"].items():
        put(name, c)
    put("legal_refs", report_dict["legal_refs"])
    out["locality"] = report_dict["locality"]["value"]
    out["district"] = report_dict["district"]["value"]
    out["subject"] = report_dict["subject"]["value"]
    return out
