/** Disjoint sets over 0..n-1 (union by smallest index, path compression): groups of copies, shared passages. Pure. */
export class UnionFind {
  private readonly parent: number[] = [];

  constructor(size = 0) {
    for (let i = 0; i < size; i++) this.parent.push(i);
  }

  /** A new singleton set; returns its element. */
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  unite(a: number, b: number): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }

  /** The sets, each listed by its elements in increasing order. */
  sets(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    }
    return [...byRoot.values()];
  }
}
