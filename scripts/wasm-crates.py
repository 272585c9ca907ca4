#!/usr/bin/env python3
"""Code size of a .wasm by crate, before wasm-opt (which keeps no names): reads the code section
and the name section, and groups functions by the first path segment of their Rust name."""
import sys, re, collections
data = open(sys.argv[1], 'rb').read()
def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80: return r, i
i = 8
imports = 0
bodies = []
names = {}
while i < len(data):
    sid = data[i]; i += 1
    size, i = leb(data, i)
    end = i + size
    if sid == 2:  # imports: count function imports
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); j += l
            l, j = leb(data, j); j += l
            kind = data[j]; j += 1
            if kind == 0: _, j = leb(data, j); imports += 1
            elif kind == 1: j += 1; fl = data[j]; j += 1; _, j = leb(data, j); j = leb(data, j)[1] if fl & 1 else j
            elif kind == 2: fl = data[j]; j += 1; _, j = leb(data, j); j = leb(data, j)[1] if fl & 1 else j
            elif kind == 3: j += 2
    elif sid == 10:
        n, j = leb(data, i)
        for _ in range(n):
            l, j = leb(data, j); bodies.append(l); j += l
    elif sid == 0:
        l, j = leb(data, i); nm = data[j:j+l].decode(); j += l
        if nm == 'name':
            while j < end:
                sub = data[j]; j += 1
                sl, j = leb(data, j); se = j + sl
                if sub == 1:
                    n, k = leb(data, j)
                    for _ in range(n):
                        idx, k = leb(data, k); l, k = leb(data, k)
                        names[idx] = data[k:k+l].decode('utf-8', 'replace'); k += l
                j = se
    i = end
by = collections.Counter()
total = sum(bodies)
for f, size in enumerate(bodies):
    name = names.get(f + imports, '?')
    m = re.match(r'_ZN(\d+)', name)
    if m:
        n = int(m.group(1)); crate = name[len(m.group(0)):len(m.group(0))+n]
        # <impl ...> names start with _ZN<n>_$LT$crate..
        crate = re.sub(r'^_?\$LT\$', '<', crate)
    else:
        crate = name.split('::')[0][:40]
    by[crate] += size
print(f"code {total} bytes in {len(bodies)} functions, file {len(data)} bytes")
for crate, size in by.most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 30):
    print(f"{size:>9} {100*size/total:5.1f} %  {crate}")
