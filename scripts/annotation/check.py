"""Standalone validator for hand-written gold files (FORMAT.md shape). No library import."""
import hashlib, json, os, sys
CORPUS = '/work/shared/corpus'
KINDS = {'percent','count','money','fraction','rank','duration','quantity','deadline'}
ENUMS = {'qualifier': {'over','under','approx','nearly','at_least','at_most','exact'},
         'status': {'target','projected','actual'}, 'per': {'day','week','month','quarter','year'},
         'change': {'from','to'}, 'relation': {'before','by','in','from'}}
DUR = {'minute','hour','day','working_day','week','month','year'}
def find_nth(text, q, n):
    pos = -1
    for _ in range(n):
        pos = text.find(q, pos + 1)
        if pos < 0: return -1
    return pos
def main(d):
    bad = 0
    for f in sorted(os.listdir(d)):
        if not f.endswith('.json'): continue
        name = f[:-5]; p = os.path.join(CORPUS, name + '.txt')
        if not os.path.exists(p): print(f, 'no such corpus text'); bad += 1; continue
        raw = open(p, 'rb').read(); text = raw.decode('utf-8')
        g = json.load(open(os.path.join(d, f), encoding='utf-8'))
        def err(msg): 
            nonlocal bad; bad += 1; print(f'{f}: {msg}')
        if g.get('doc') != name: err('doc != file name')
        if g.get('text_sha256') != hashlib.sha256(raw).hexdigest(): err('text_sha256 wrong')
        if 'published' not in g: err('published missing')
        for i, m in enumerate(g.get('metrics', [])):
            w = f"metric {i} {m.get('quote')!r}"
            if m.get('kind') not in KINDS: err(f'{w}: bad kind'); continue
            q = m.get('quote')
            if not q or find_nth(text, q, m.get('nth', 1)) < 0: err(f'{w}: quote/nth not found')
            for k, allowed in ENUMS.items():
                if k in m and m[k] is not None and m[k] not in allowed: err(f'{w}: bad {k} {m[k]!r}')
            if m['kind'] != 'deadline' and not isinstance(m.get('value'), (int, float)): err(f'{w}: value missing')
            if m['kind'] == 'deadline' and not m.get('date'): err(f'{w}: deadline without date')
            if m['kind'] == 'duration' and m.get('unit') not in DUR: err(f'{w}: duration unit {m.get("unit")!r}')
            if m['kind'] == 'money' and not m.get('unit'): err(f'{w}: money unit missing')
            if m['kind'] == 'percent' and m.get('unit') not in (None, '%'): err(f'{w}: percent unit')
            if 'locality' not in m: err(f'{w}: locality missing (use null)')
        for i, r in enumerate(g.get('legal_refs', [])):
            q = r.get('quote')
            if not q or find_nth(text, q, r.get('nth', 1)) < 0: err(f'legal_ref {i} {q!r}: quote/nth not found')
            if not r.get('key'): err(f'legal_ref {i}: key missing')
    print('OK' if not bad else f'{bad} problem(s)')
    return 1 if bad else 0
if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
