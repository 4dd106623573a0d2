"""Standalone: list differences between two annotators' folders (pairs metrics by kind and
overlapping range, longest overlap first). Usage: diff_ab.py DIR_A DIR_B"""
import json, os, sys
CORPUS = '/work/shared/corpus'
FIELDS = ['value','value_max','unit','denominator','subject','qualifier','status','per','change',
          'locality','district','refs','date','relation','as_of','optional']
def loc(text, q, n):
    pos = -1
    for _ in range(n):
        pos = text.find(q, pos + 1)
        if pos < 0: return None
    return pos, pos + len(q)
def line_of(text, a): return text.count('\n', 0, a) + 1
def main(da, db):
    total = 0
    for f in sorted(os.listdir(da)):
        if not f.endswith('.json'): continue
        name = f[:-5]; text = open(os.path.join(CORPUS, name + '.txt'), encoding='utf-8').read()
        A = json.load(open(os.path.join(da, f), encoding='utf-8'))
        pb = os.path.join(db, f)
        if not os.path.exists(pb): print(f'## {name}: missing in B'); continue
        B = json.load(open(pb, encoding='utf-8'))
        out = []
        if A.get('published') != B.get('published'): out.append(f"- published: A {A.get('published')} / B {B.get('published')}")
        def ranges(G):
            r = []
            for m in G.get('metrics', []):
                s = loc(text, m['quote'], m.get('nth', 1)); r.append((s, m))
            return r
        ra, rb = ranges(A), ranges(B)
        cands = []
        for i, (sa, ma) in enumerate(ra):
            for j, (sb, mb) in enumerate(rb):
                if sa and sb and ma['kind'] == mb['kind']:
                    ov = min(sa[1], sb[1]) - max(sa[0], sb[0])
                    if ov > 0: cands.append((-ov, i, j))
        cands.sort(); ua, ub, pairs = set(), set(), []
        for _, i, j in cands:
            if i in ua or j in ub: continue
            ua.add(i); ub.add(j); pairs.append((i, j))
        for i, j in sorted(pairs):
            (sa, ma), (sb, mb) = ra[i], rb[j]
            for k in FIELDS:
                va, vb = ma.get(k), mb.get(k)
                if k == 'optional': va, vb = bool(va), bool(vb)
                if k == 'status': va, vb = va or 'actual', vb or 'actual'
                if isinstance(va, float) or isinstance(vb, float):
                    try:
                        if abs(float(va) - float(vb)) <= 0.005 * max(abs(float(va)), abs(float(vb)), 1e-9): continue
                    except (TypeError, ValueError): pass
                if va != vb:
                    out.append(f"- {ma['kind']} {ma['quote']!r} (line {line_of(text, sa[0])}) — {k}: A {va!r} / B {vb!r}")
        for i, (sa, ma) in enumerate(ra):
            if i not in ua: out.append(f"- only A: {ma['kind']} {ma['quote']!r} (line {line_of(text, sa[0]) if sa else '?'}){' optional' if ma.get('optional') else ''}")
        for j, (sb, mb) in enumerate(rb):
            if j not in ub: out.append(f"- only B: {mb['kind']} {mb['quote']!r} (line {line_of(text, sb[0]) if sb else '?'}){' optional' if mb.get('optional') else ''}")
        ka = sorted(r.get('key','') for r in A.get('legal_refs', [])); kb = sorted(r.get('key','') for r in B.get('legal_refs', []))
        if ka != kb:
            from collections import Counter
            ca, cb = Counter(ka), Counter(kb)
            out.append(f"- legal_refs keys only A: {sorted((ca-cb).elements())} / only B: {sorted((cb-ca).elements())}")
        print(f'## {name} ({len(out)} differences)'); print('\n'.join(out)); print()
        total += len(out)
    print(f'total differences: {total}')
if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
