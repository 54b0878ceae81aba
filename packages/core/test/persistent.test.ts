import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HashTrie, LayeredMap, PersistentVector } from "../src/persistent.js";

// Few distinct keys, so that sets, replacements and deletes of one key meet; "Aa" and "BB" and
// the like are long enough to reach several levels of the trie.
const key = fc.oneof(fc.constantFrom("a", "b", "c", "claim:1", "claim:2", ""), fc.string({ maxLength: 4 }));
type Op = { kind: "set"; key: string; value: number } | { kind: "delete"; key: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant("delete" as const), key }),
);

describe("HashTrie", () => {
  it("answers as a Map does after any sets and deletes, and leaves every earlier version unchanged", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const versions: { trie: HashTrie<number>; map: Map<string, number> }[] = [{ trie: HashTrie.empty(), map: new Map() }];
        for (const o of ops) {
          const { trie, map } = versions[versions.length - 1]!;
          const next = new Map(map);
          if (o.kind === "set") next.set(o.key, o.value);
          else next.delete(o.key);
          versions.push({ trie: o.kind === "set" ? trie.set(o.key, o.value) : trie.delete(o.key), map: next });
        }
        for (const { trie, map } of versions) {
          expect(trie.size).toBe(map.size);
          expect(new Map(trie.entries())).toEqual(map);
          for (const [k, v] of map) expect(trie.get(k)).toBe(v);
          expect(trie.get("never-set-key")).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  });

  it("keeps keys whose hashes are equal apart", () => {
    // Thousands of keys make 32-bit hash collisions likely somewhere; these are checked one by one.
    let trie = HashTrie.empty<number>();
    for (let i = 0; i < 5000; i++) trie = trie.set(`id-${i}`, i);
    for (let i = 0; i < 5000; i += 2) trie = trie.delete(`id-${i}`);
    expect(trie.size).toBe(2500);
    for (let i = 0; i < 5000; i++) expect(trie.get(`id-${i}`)).toBe(i % 2 ? i : undefined);
  });
});

describe("PersistentVector", () => {
  it("answers as an array does after any pushes and sets, and leaves every earlier version unchanged", () => {
    const step = fc.oneof(fc.record({ push: fc.integer() }), fc.record({ set: fc.nat(), value: fc.integer() }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 1200 }), (steps) => {
        const versions: { vector: PersistentVector<number>; array: number[] }[] = [{ vector: PersistentVector.empty(), array: [] }];
        for (const s of steps) {
          const { vector, array } = versions[versions.length - 1]!;
          if ("push" in s) versions.push({ vector: vector.push(s.push), array: [...array, s.push] });
          else if (array.length > 0) {
            const at = s.set % array.length;
            const next = array.slice();
            next[at] = s.value;
            versions.push({ vector: vector.set(at, s.value), array: next });
          }
        }
        for (const { vector, array } of versions.filter((_, i) => i % 97 === 0 || i === versions.length - 1)) {
          expect(vector.size).toBe(array.length);
          expect(vector.appendTo([])).toEqual(array);
          for (let i = 0; i < array.length; i++) expect(vector.get(i)).toBe(array[i]);
          expect(vector.get(array.length)).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  });

  it("holds 100,000 values across four levels of the trie", () => {
    let vector = PersistentVector.empty<number>();
    for (let i = 0; i < 100_000; i++) vector = vector.push(i);
    const changed = vector.set(54_321, -1);
    expect(vector.get(54_321)).toBe(54_321);
    expect(changed.get(54_321)).toBe(-1);
    expect(changed.appendTo([]).reduce((sum, v) => sum + v, 0)).toBe((99_999 * 100_000) / 2 - 54_321 - 1);
  });

  it("refuses to set past its end", () => {
    expect(() => PersistentVector.empty<number>().push(1).set(1, 2)).toThrow(RangeError);
  });
});

describe("LayeredMap", () => {
  it("answers and iterates as a Map does, in insertion order, after any changes", () => {
    const batch = fc.array(fc.tuple(key, fc.option(fc.integer(), { nil: undefined })), { maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 40 }), fc.array(batch, { maxLength: 40 }), (initial, batches) => {
        const map = new Map(initial);
        let layered = LayeredMap.of(new Map(map));
        const versions: [LayeredMap<number>, Map<string, number>][] = [[layered, new Map(map)]];
        for (const changes of batches) {
          const collapsed = new Map(changes);
          for (const [k, v] of collapsed) {
            if (v === undefined) map.delete(k);
            else map.set(k, v);
          }
          layered = layered.with(collapsed);
          versions.push([layered, new Map(map)]);
        }
        for (const [version, expected] of versions) {
          expect(version.size).toBe(expected.size);
          expect([...version]).toEqual([...expected]);
          expect([...version.keys()]).toEqual([...expected.keys()]);
          for (const [k, v] of expected) expect(version.get(k)).toBe(v);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("folds its changes into a new base when they outnumber it, keeping the order", () => {
    let layered = LayeredMap.of(new Map([["first", 0]]));
    const expected = new Map([["first", 0]]);
    for (let i = 0; i < 500; i++) {
      layered = layered.with(new Map([[`k${i}`, i], ...(i % 3 === 0 ? [[`k${i - 1}`, undefined] as [string, undefined]] : [])]));
      expected.set(`k${i}`, i);
      if (i % 3 === 0) expected.delete(`k${i - 1}`);
    }
    expect([...layered]).toEqual([...expected]);
  });
});
