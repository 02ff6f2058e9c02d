import { GminaType, type GminaFilter } from './graphql.generated';

/** The register's search as the address keeps it (?q=…&voivodeship=24&powiat=2417&type=RURAL), so it can be shared. */
export interface RegisterQuery {
  readonly q: string;
  readonly voivodeship: string;
  readonly powiat: string;
  readonly type: GminaType | '';
}

export const GMINA_TYPES: readonly GminaType[] = Object.values(GminaType);
/** The API takes at most 100 characters. */
export const SEARCH_MAX = 100;

/** What the address says, with anything the API would refuse (a typed-over ?powiat=abc) left out. */
export function readQuery(params: URLSearchParams): RegisterQuery {
  const type = params.get('type') ?? '';
  const voivodeship = params.get('voivodeship') ?? '';
  const powiat = params.get('powiat') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, SEARCH_MAX).trim(),
    voivodeship: /^\d{2}$/.test(voivodeship) ? voivodeship : '',
    powiat: /^\d{4}$/.test(powiat) ? powiat : '',
    type: (GMINA_TYPES as readonly string[]).includes(type) ? (type as GminaType) : '',
  };
}

/** The address for a query: only what is set, so a plain /gminas stays plain. */
export function queryParams(query: RegisterQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q.trim()) params.set('q', query.q.trim());
  if (query.voivodeship) params.set('voivodeship', query.voivodeship);
  if (query.powiat) params.set('powiat', query.powiat);
  if (query.type) params.set('type', query.type);
  return params;
}

/** The API's filter; a powiat of another voivodeship than the one chosen is dropped (they cannot both hold). */
export function toFilter(query: RegisterQuery): GminaFilter | undefined {
  const powiat = query.powiat && (!query.voivodeship || query.powiat.startsWith(query.voivodeship)) ? query.powiat : '';
  const filter: GminaFilter = {
    ...(query.q.trim() ? { search: query.q.trim() } : {}),
    ...(query.voivodeship ? { voivodeshipCode: query.voivodeship } : {}),
    ...(powiat ? { powiatCode: powiat } : {}),
    ...(query.type ? { type: query.type } : {}),
  };
  return Object.keys(filter).length ? filter : undefined;
}
