"""freeze.py N: copy /work/annot/bN/{gold1,gold2,A1,A2,B1,B2} into tests/gold/corpus_bN and write ADJUDICATION.md."""
import os, shutil, sys
n = sys.argv[1]; src = f'/work/annot/b{n}'; dst = f'/work/main/tests/gold/corpus_b{n}'
os.makedirs(dst + '/annotators/A', exist_ok=True); os.makedirs(dst + '/annotators/B', exist_ok=True)
for g in ('gold1', 'gold2'):
    for f in os.listdir(f'{src}/{g}'):
        if f.endswith('.json'): shutil.copy(f'{src}/{g}/{f}', dst)
for who in ('A', 'B'):
    for part in ('1', '2'):
        for f in os.listdir(f'{src}/{who}{part}'):
            if f.endswith('.json'): shutil.copy(f'{src}/{who}{part}/{f}', f'{dst}/annotators/{who}')
with open(f'{dst}/ADJUDICATION.md', 'w', encoding='utf-8') as out:
    out.write(f'# Adjudication notes, batch {n}\n\n')
    for i, g in enumerate(('gold1', 'gold2'), 1):
        out.write(f'# Adjudication notes — batch {n}, group {i}\n\n')
        out.write(open(f'{src}/{g}/NOTES.md', encoding='utf-8').read().strip() + '\n\n')
print('frozen into', dst)
