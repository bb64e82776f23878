#!/usr/bin/env python3
"""Summarises a heap dump of the gateway (jcmd <pid> GC.heap_dump <file>.hprof): which component owns the live heap.

Each object is charged to the first object up its chain of referrers whose class belongs to a known component
(H2, Artemis, Netty, Spring, Camel, the gateway's packages...); an object reached first through a component's field
counts for that component, and one held only by a static field for that field's class. The referrer of an object is
the first one found in the dump, so shares are approximate (an object held by two components counts once, for one of
them), but the large holders stand out. Uses only the Python standard library (this machine has no heap analyser);
reads a 200 MB dump in about a minute.

    python3 scripts/benchmark/heap_owners.py gateway.hprof                    # live heap by owning component
    python3 scripts/benchmark/heap_owners.py gateway.hprof vn.resultpost.address   # one component: by class, by path
    python3 scripts/benchmark/heap_owners.py gateway.hprof --class 'byte[]'        # one class: by its referrers
"""
import collections
import mmap
import signal
import struct
import sys

COMPONENTS = ['org.h2.', 'org.apache.activemq.', 'io.netty.', 'org.apache.tomcat.', 'org.apache.catalina.',
              'org.apache.coyote.', 'org.springframework.', 'vn.resultpost.', 'com.fasterxml.', 'org.apache.camel.',
              'java.util.zip.', 'org.apache.cxf.', 'io.micrometer.', 'ch.qos.logback.', 'jdk.internal.net.http.',
              'com.zaxxer.', 'io.hawt.', 'org.jolokia.', 'org.hibernate.', 'org.flywaydb.', 'jdk.internal.loader',
              'java.lang.invoke', 'java.lang.Class', 'sun.', 'jdk.']
TYPE_SIZE = {2: 8, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
ARRAY_NAME = {4: 'boolean[]', 5: 'char[]', 6: 'float[]', 7: 'double[]', 8: 'byte[]', 9: 'short[]', 10: 'int[]',
              11: 'long[]'}
ROOT_SKIP = {0xFF: 8, 0x01: 16, 0x02: 16, 0x03: 16, 0x04: 12, 0x05: 8, 0x06: 12, 0x07: 8, 0x08: 16}


class Heap:
    """The objects of an HPROF file (8-byte ids): class, shallow size and first referrer of each."""

    def __init__(self, path):
        f = open(path, 'rb')
        self.m = m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        pos = m.find(b'\0') + 1
        if struct.unpack('>I', m[pos:pos + 4])[0] != 8:
            raise SystemExit('only dumps with 8-byte identifiers are read')
        pos += 12
        self.strings, self.class_name_id, self.fields_of, self.super_of = {}, {}, {}, {}
        self.cls, self.size, self.referrer, self.fields_cache = {}, {}, {}, {}
        instances, arrays, statics = [], [], []
        while pos < len(m):
            tag = m[pos]
            length = struct.unpack_from('>I', m, pos + 5)[0]
            body = pos + 9
            pos = body + length
            if tag == 0x01:
                self.strings[self.id(body)] = m[body + 8:body + length].decode('utf8', 'replace')
            elif tag == 0x02:
                self.class_name_id[self.id(body + 4)] = self.id(body + 16)
            elif tag in (0x0C, 0x1C):
                self.segment(body, body + length, instances, arrays, statics)
        for oid, cid, p in instances:
            for t in self.all_fields(cid):
                if t == 2:
                    self.refer(self.id(p), oid)
                p += TYPE_SIZE[t]
        for oid, p, n in arrays:
            for i in range(n):
                self.refer(self.id(p + 8 * i), oid)
        for oid, cid in statics:  # last: a static field is the referrer only when no object refers to the value
            self.refer(oid, cid)

    def id(self, p):
        return struct.unpack_from('>Q', self.m, p)[0]

    def refer(self, child, parent):
        if child and child not in self.referrer:
            self.referrer[child] = parent

    def segment(self, p, end, instances, arrays, statics):
        m = self.m
        while p < end:
            sub = m[p]
            p += 1
            if sub in ROOT_SKIP:
                p += ROOT_SKIP[sub]
            elif sub == 0x20:  # class dump
                cid, sup = self.id(p), self.id(p + 12)
                p += 7 * 8 + 8
                for skip in (3, 9):  # constant pool (u2 index), statics (id name): then type and value
                    n = struct.unpack_from('>H', m, p)[0]
                    p += 2
                    for _ in range(n):
                        if skip == 9 and m[p + 8] == 2:
                            statics.append((self.id(p + 9), cid))
                        p += skip + TYPE_SIZE[m[p + skip - 1]]
                n = struct.unpack_from('>H', m, p)[0]
                p += 2
                self.fields_of[cid] = [m[p + 9 * i + 8] for i in range(n)]
                self.super_of[cid] = sup
                p += 9 * n
            elif sub == 0x21:  # instance
                oid, cid, n = self.id(p), self.id(p + 12), struct.unpack_from('>I', m, p + 20)[0]
                self.cls[oid], self.size[oid] = cid, n + 16
                instances.append((oid, cid, p + 24))
                p += 24 + n
            elif sub == 0x22:  # object array
                oid, n, acid = self.id(p), struct.unpack_from('>I', m, p + 12)[0], self.id(p + 16)
                self.cls[oid], self.size[oid] = acid, 16 + 8 * n
                arrays.append((oid, p + 24, n))
                p += 24 + 8 * n
            elif sub == 0x23:  # primitive array
                oid, n, t = self.id(p), struct.unpack_from('>I', m, p + 12)[0], m[p + 16]
                self.cls[oid], self.size[oid] = ARRAY_NAME[t], 16 + TYPE_SIZE[t] * n
                p += 17 + TYPE_SIZE[t] * n
            else:
                raise SystemExit('unknown heap dump record %#x at %d' % (sub, p))

    def all_fields(self, cid):
        cache = self.fields_cache
        if cid not in cache:
            fields, c = [], cid
            while c:
                fields.extend(self.fields_of.get(c, []))
                c = self.super_of.get(c, 0)
            cache[cid] = fields
        return cache[cid]

    def name(self, oid):
        c = self.cls.get(oid, oid)  # not an instance or an array: a class (the holder of static fields) or '?'
        return c if isinstance(c, str) else self.strings.get(self.class_name_id.get(c), '?').replace('/', '.')

    def owner(self, oid, max_depth=25):
        """The component owning an object and the classes between it and the object (nearest first)."""
        path = []
        for _ in range(max_depth):
            n = self.name(oid)
            for c in COMPONENTS:
                if n.startswith(c):
                    return (c + n.split('.')[3] if c == 'vn.resultpost.' else c), path
            path.append(n.split('.')[-1])
            oid = self.referrer.get(oid)
            if oid is None:
                break
        return '(unattributed)', path


def mib(n):
    return '%7.2f MiB' % (n / 2 ** 20)


def main(args):
    heap = Heap(args[0])
    total = sum(heap.size.values())
    print('%d objects, %s live (shallow sizes)' % (len(heap.cls), mib(total).strip()))
    if len(args) == 1:
        by, count = collections.Counter(), collections.Counter()
        for oid, size in heap.size.items():
            k = heap.owner(oid)[0]
            by[k] += size
            count[k] += 1
        for k, v in by.most_common(30):
            print('%s %8d  %s' % (mib(v), count[k], k))
    elif args[1] == '--class':
        by, count = collections.Counter(), collections.Counter()
        for oid, size in heap.size.items():
            if heap.name(oid) == args[2]:
                chain, o = [], oid
                for _ in range(4):
                    o = heap.referrer.get(o)
                    chain.append('(none)' if o is None else heap.name(o).split('.')[-1])
                    if o is None:
                        break
                by[' < '.join(chain)] += size
                count[' < '.join(chain)] += 1
        for k, v in by.most_common(30):
            print('%s %8d  %s' % (mib(v), count[k], k))
    else:
        by, count, paths = collections.Counter(), collections.Counter(), collections.Counter()
        for oid, size in heap.size.items():
            k, path = heap.owner(oid)
            if k == args[1]:
                by[heap.name(oid)] += size
                count[heap.name(oid)] += 1
                paths[' > '.join(reversed(path[-4:]))] += size
        for k, v in by.most_common(15):
            print('%s %8d  %s' % (mib(v), count[k], k))
        print('--- by path from the component (its last four steps)')
        for k, v in paths.most_common(15):
            print('%s  %s' % (mib(v), k or '(the component\'s own objects)'))


if __name__ == '__main__':
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped to head
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
