// Persistent (immutable, structure-sharing) collections for the registry's indexes: a registry
// derived with `registry.with(records)` shares almost all of its parent's memory, and putting one
// record in costs O(log n) in these structures instead of a copy of everything. Internal to core.

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/** FNV-1a over UTF-16 code units. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0x3f;
}

class Leaf<V> {
  constructor(
    readonly hash: number,
    readonly key: string,
    readonly value: V,
  ) {}
}

/** Keys whose 32-bit hashes are equal. */
class Collision<V> {
  constructor(
    readonly hash: number,
    readonly leaves: readonly Leaf<V>[],
  ) {}
}

class Branch<V> {
  constructor(
    readonly bitmap: number,
    readonly children: readonly TrieNode<V>[],
  ) {}
}

type TrieNode<V> = Leaf<V> | Collision<V> | Branch<V>;

/**
 * A persistent hash map from strings (a hash array mapped trie, 32-way): `set` and `delete`
 * return a new map sharing all but one path (O(log32 n)) with this one, which is unchanged.
 * Iteration order is the hashes', not insertion order.
 */
export class HashTrie<V> {
  private static readonly EMPTY = new HashTrie<never>(undefined, 0);

  private constructor(
    private readonly root: TrieNode<V> | undefined,
    readonly size: number,
  ) {}

  static empty<V>(): HashTrie<V> {
    return HashTrie.EMPTY;
  }

  get(key: string): V | undefined {
    const hash = hashString(key);
    let node = this.root;
    for (let shift = 0; node !== undefined; shift += BITS) {
      if (node instanceof Branch) {
        const bit = 1 << ((hash >>> shift) & MASK);
        if ((node.bitmap & bit) === 0) return undefined;
        node = node.children[bitCount(node.bitmap & (bit - 1))];
      } else if (node instanceof Leaf) {
        return node.key === key ? node.value : undefined;
      } else {
        if (node.hash !== hash) return undefined;
        for (const leaf of node.leaves) if (leaf.key === key) return leaf.value;
        return undefined;
      }
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A map with `key` set to `value` (never undefined). */
  set(key: string, value: V): HashTrie<V> {
    const change = { added: false };
    const root = setIn(this.root, 0, hashString(key), key, value, change);
    return root === this.root ? this : new HashTrie(root, this.size + (change.added ? 1 : 0));
  }

  /** A map without `key` (this map when it has no such key). */
  delete(key: string): HashTrie<V> {
    if (this.root === undefined) return this;
    const root = deleteIn(this.root, 0, hashString(key), key);
    return root === this.root ? this : new HashTrie(root === null ? undefined : root, this.size - 1);
  }

  *entries(): IterableIterator<[string, V]> {
    if (this.root !== undefined) yield* entriesOf(this.root);
  }
}

function setIn<V>(node: TrieNode<V> | undefined, shift: number, hash: number, key: string, value: V, change: { added: boolean }): TrieNode<V> {
  if (node === undefined) {
    change.added = true;
    return new Leaf(hash, key, value);
  }
  if (node instanceof Branch) {
    const bit = 1 << ((hash >>> shift) & MASK);
    const index = bitCount(node.bitmap & (bit - 1));
    if ((node.bitmap & bit) === 0) {
      change.added = true;
      const children = node.children.slice();
      children.splice(index, 0, new Leaf(hash, key, value));
      return new Branch(node.bitmap | bit, children);
    }
    const child = node.children[index]!;
    const next = setIn(child, shift + BITS, hash, key, value, change);
    if (next === child) return node;
    const children = node.children.slice();
    children[index] = next;
    return new Branch(node.bitmap, children);
  }
  if (node instanceof Leaf) {
    if (node.key === key) return node.value === value ? node : new Leaf(hash, key, value);
    change.added = true;
    if (node.hash === hash) return new Collision(hash, [node, new Leaf(hash, key, value)]);
    return split(node, new Leaf(hash, key, value), shift);
  }
  if (node.hash === hash) {
    const at = node.leaves.findIndex((leaf) => leaf.key === key);
    const leaves = node.leaves.slice();
    if (at >= 0) {
      if (leaves[at]!.value === value) return node;
      leaves[at] = new Leaf(hash, key, value);
    } else {
      change.added = true;
      leaves.push(new Leaf(hash, key, value));
    }
    return new Collision(hash, leaves);
  }
  change.added = true;
  return split(node, new Leaf(hash, key, value), shift);
}

/** A branch (or chain of branches) holding two nodes of different hashes, from `shift` down. */
function split<V>(a: Leaf<V> | Collision<V>, b: Leaf<V>, shift: number): Branch<V> {
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) return new Branch(1 << ia, [split(a, b, shift + BITS)]);
  return new Branch((1 << ia) | (1 << ib), ia < ib ? [a, b] : [b, a]);
}

/** The node without `key`: the same node when absent, null when nothing is left. */
function deleteIn<V>(node: TrieNode<V>, shift: number, hash: number, key: string): TrieNode<V> | null {
  if (node instanceof Branch) {
    const bit = 1 << ((hash >>> shift) & MASK);
    if ((node.bitmap & bit) === 0) return node;
    const index = bitCount(node.bitmap & (bit - 1));
    const child = node.children[index]!;
    const next = deleteIn(child, shift + BITS, hash, key);
    if (next === child) return node;
    if (next === null) {
      if (node.children.length === 1) return null;
      const children = node.children.slice();
      children.splice(index, 1);
      // A branch left with one leaf is that leaf: lookups stop at leaves wherever they are.
      if (children.length === 1 && !(children[0] instanceof Branch)) return children[0]!;
      return new Branch(node.bitmap & ~bit, children);
    }
    const children = node.children.slice();
    children[index] = next;
    if (children.length === 1 && !(next instanceof Branch)) return next;
    return new Branch(node.bitmap, children);
  }
  if (node instanceof Leaf) return node.key === key ? null : node;
  if (node.hash !== hash) return node;
  const leaves = node.leaves.filter((leaf) => leaf.key !== key);
  if (leaves.length === node.leaves.length) return node;
  return leaves.length === 1 ? leaves[0]! : new Collision(hash, leaves);
}

function* entriesOf<V>(node: TrieNode<V>): IterableIterator<[string, V]> {
  if (node instanceof Leaf) yield [node.key, node.value];
  else if (node instanceof Collision) for (const leaf of node.leaves) yield [leaf.key, leaf.value];
  else for (const child of node.children) yield* entriesOf(child);
}

/**
 * A persistent vector (a 32-way trie with a tail, as Clojure's): `push` and `set` return a new
 * vector sharing all but one path with this one (O(log32 n), `push` O(1) amortised), which is
 * unchanged.
 */
export class PersistentVector<T> {
  private static readonly EMPTY = new PersistentVector<never>(0, BITS, [], []);

  private constructor(
    readonly size: number,
    private readonly shift: number,
    private readonly root: readonly unknown[],
    private readonly tail: readonly T[],
  ) {}

  static empty<T>(): PersistentVector<T> {
    return PersistentVector.EMPTY;
  }

  /** Where the tail starts: every index below it is in the trie. */
  private get tailOffset(): number {
    return this.size < WIDTH ? 0 : ((this.size - 1) >>> BITS) << BITS;
  }

  get(index: number): T | undefined {
    if (index < 0 || index >= this.size) return undefined;
    const offset = this.tailOffset;
    if (index >= offset) return this.tail[index - offset];
    let node = this.root;
    for (let level = this.shift; level > 0; level -= BITS) node = node[(index >>> level) & MASK] as unknown[];
    return node[index & MASK] as T;
  }

  push(value: T): PersistentVector<T> {
    if (this.size - this.tailOffset < WIDTH) return new PersistentVector(this.size + 1, this.shift, this.root, [...this.tail, value]);
    // The tail is full: it moves into the trie, which grows a level when its root is full.
    if (this.size >>> BITS > 1 << this.shift) {
      return new PersistentVector(this.size + 1, this.shift + BITS, [this.root, newPath(this.shift, this.tail)], [value]);
    }
    return new PersistentVector(this.size + 1, this.shift, this.pushTail(this.shift, this.root), [value]);
  }

  private pushTail(level: number, parent: readonly unknown[]): unknown[] {
    const index = ((this.size - 1) >>> level) & MASK;
    const copy = parent.slice();
    if (level === BITS) copy[index] = this.tail;
    else {
      const child = parent[index] as unknown[] | undefined;
      copy[index] = child ? this.pushTail(level - BITS, child) : newPath(level - BITS, this.tail);
    }
    return copy;
  }

  /** A vector with `value` at `index` (which must be below `size`). */
  set(index: number, value: T): PersistentVector<T> {
    if (index < 0 || index >= this.size) throw new RangeError(`index ${index} is outside a vector of ${this.size}`);
    const offset = this.tailOffset;
    if (index >= offset) {
      const tail = this.tail.slice();
      tail[index - offset] = value;
      return new PersistentVector(this.size, this.shift, this.root, tail);
    }
    const assoc = (level: number, node: readonly unknown[]): unknown[] => {
      const copy = node.slice();
      if (level === 0) copy[index & MASK] = value;
      else copy[(index >>> level) & MASK] = assoc(level - BITS, node[(index >>> level) & MASK] as unknown[]);
      return copy;
    };
    return new PersistentVector(this.size, this.shift, assoc(this.shift, this.root), this.tail);
  }

  /** The values in order, appended to `out`. */
  appendTo(out: T[]): T[] {
    const offset = this.tailOffset;
    const walk = (level: number, node: readonly unknown[]) => {
      if (level === 0) for (const value of node) out.push(value as T);
      else for (const child of node) walk(level - BITS, child as unknown[]);
    };
    if (offset > 0) walk(this.shift, this.root);
    for (const value of this.tail) out.push(value);
    return out;
  }
}

function newPath(level: number, node: readonly unknown[]): readonly unknown[] {
  return level === 0 ? node : [newPath(level - BITS, node)];
}

interface Layer<V> {
  /** Undefined: deleted. */
  readonly value: V | undefined;
  /** Order among keys that are not at their place in the base. */
  readonly seq: number;
  /** Set over a key of the base, which keeps its place in iteration. */
  readonly inPlace: boolean;
}

/**
 * A persistent map from strings with a native Map underneath: a Map built once (a registry
 * loaded in one go), and the changes made since in a {@link HashTrie}. `with(changes)` costs
 * O(changes x log n) until the changes outnumber the base, when they are folded into a new base
 * (O(n), so O(1) amortised per change). Reads of a map without changes are the Map's own.
 * Iterates in insertion order, as a Map would: a key set again keeps its place, a key deleted and
 * set again goes to the end.
 */
export class LayeredMap<V> implements ReadonlyMap<string, V> {
  private constructor(
    private readonly base: ReadonlyMap<string, V>,
    private readonly layers: HashTrie<Layer<V>>,
    private readonly seq: number,
    readonly size: number,
  ) {}

  /** A map over `base`, which it keeps: the caller must not change it. */
  static of<V>(base: ReadonlyMap<string, V>): LayeredMap<V> {
    return new LayeredMap(base, HashTrie.empty(), 0, base.size);
  }

  get(key: string): V | undefined {
    if (this.layers.size === 0) return this.base.get(key);
    const layer = this.layers.get(key);
    return layer ? layer.value : this.base.get(key);
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** A map with `changes` made: each key set to its value, or deleted when the value is undefined. */
  with(changes: ReadonlyMap<string, V | undefined>): LayeredMap<V> {
    let layers = this.layers;
    let seq = this.seq;
    let size = this.size;
    for (const [key, value] of changes) {
      const layer = layers.get(key);
      const present = layer ? layer.value !== undefined : this.base.has(key);
      if (value === undefined) {
        if (!present) continue;
        size--;
        layers = this.base.has(key) ? layers.set(key, { value: undefined, seq: 0, inPlace: false }) : layers.delete(key);
        continue;
      }
      if (present) layers = layers.set(key, layer ? { value, seq: layer.seq, inPlace: layer.inPlace } : { value, seq: 0, inPlace: true });
      else {
        size++;
        layers = layers.set(key, { value, seq: ++seq, inPlace: false });
      }
    }
    const next = new LayeredMap(this.base, layers, seq, size);
    return layers.size > 64 && layers.size > this.base.size ? LayeredMap.of(new Map(next)) : next;
  }

  *entries(): MapIterator<[string, V]> {
    if (this.layers.size === 0) {
      yield* this.base.entries();
      return;
    }
    for (const [key, value] of this.base) {
      const layer = this.layers.get(key);
      if (!layer) yield [key, value];
      else if (layer.inPlace) yield [key, layer.value as V];
    }
    const moved: [string, Layer<V>][] = [];
    for (const entry of this.layers.entries()) if (!entry[1].inPlace && entry[1].value !== undefined) moved.push(entry);
    moved.sort((a, b) => a[1].seq - b[1].seq);
    for (const [key, layer] of moved) yield [key, layer.value as V];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
