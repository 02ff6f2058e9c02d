interface Page<N> {
  readonly totalCount: number;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  readonly edges: readonly { readonly node: N }[];
}

/** The next page appended to what is shown (the lists without a cache field policy of their own). */
export function appendPage<N, C extends Page<N>>(previous: C, next: C): C {
  const seen = new Set(previous.edges.map((edge) => (edge.node as { id?: string }).id));
  return { ...next, edges: [...previous.edges, ...next.edges.filter((edge) => !seen.has((edge.node as { id?: string }).id))] };
}
