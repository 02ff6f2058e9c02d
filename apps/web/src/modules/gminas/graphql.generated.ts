/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** All given conditions must hold. */
export type GminaFilter = {
  /** Four-digit TERC code of a powiat, e.g. "2417". */
  powiatCode?: string | null | undefined;
  /** Start of the name or of any word in it; case and diacritics are ignored ("wegierska", "gorka"). */
  search?: string | null | undefined;
  type?: GminaType | null | undefined;
  /** Two-digit TERC code of a voivodeship, e.g. "24". */
  voivodeshipCode?: string | null | undefined;
};

/** Type of gmina from the last TERC digit. */
export const GminaType = {
  /** gmina wiejska (2) */
  Rural: 'RURAL',
  /** gmina miejska (1) */
  Urban: 'URBAN',
  /** gmina miejsko-wiejska (3) */
  UrbanRural: 'URBAN_RURAL'
} as const;

export type GminaType = typeof GminaType[keyof typeof GminaType];
export type GminaRowFragment = { id: string, terc: string, name: string, type: GminaType, population: number | null, powiat: { code: string, name: string, isCity: boolean }, voivodeship: { code: string, name: string } };

export type GminaRegisterQueryVariables = Exact<{
  filter?: GminaFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type GminaRegisterQuery = { gminas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, terc: string, name: string, type: GminaType, population: number | null, powiat: { code: string, name: string, isCity: boolean }, voivodeship: { code: string, name: string } } }> } };

export type RegisterVoivodeshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterVoivodeshipsQuery = { voivodeships: Array<{ code: string, name: string }> };

export type GminaDetailsQueryVariables = Exact<{
  terc: string;
}>;


export type GminaDetailsQuery = { gmina: { populationAsOf: string | null, populationSource: string | null, registerDate: string, id: string, terc: string, name: string, type: GminaType, population: number | null, partnerships: Array<{ id: string, name: string, slug: string, programme: string | null }>, powiat: { code: string, name: string, isCity: boolean }, voivodeship: { code: string, name: string } } };

export const GminaRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GminaRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gmina"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"powiat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GminaRowFragment, unknown>;
export const GminaRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GminaRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GminaFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gminas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GminaRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GminaRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gmina"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"powiat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GminaRegisterQuery, GminaRegisterQueryVariables>;
export const RegisterVoivodeshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterVoivodeships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voivodeships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegisterVoivodeshipsQuery, RegisterVoivodeshipsQueryVariables>;
export const GminaDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GminaDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"terc"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gmina"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"terc"},"value":{"kind":"Variable","name":{"kind":"Name","value":"terc"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GminaRow"}},{"kind":"Field","name":{"kind":"Name","value":"populationAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"registerDate"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GminaRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gmina"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"powiat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voivodeship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GminaDetailsQuery, GminaDetailsQueryVariables>;