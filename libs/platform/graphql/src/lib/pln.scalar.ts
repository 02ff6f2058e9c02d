import { isPln, parsePln, type Pln } from '@wspolnie/kernel';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * Exact PLN amounts: a string with two decimals, "18450000.00". Input may also be written the
 * Polish way ("18 450 000,00 zł"); numbers are refused, since a JSON number is a float and
 * money must not pass through one.
 */
export const PlnScalar = new GraphQLScalarType<Pln, string>({
  name: 'PLN',
  description: 'An exact amount in złoty, as a string with two decimals, e.g. "18450000.00". Never a number.',
  serialize(value) {
    if (typeof value === 'string' && isPln(value)) return value;
    if (typeof value === 'string') return parsePln(value);
    throw new GraphQLError('PLN amounts are kept as strings; a number here is a bug.');
  },
  parseValue(value) {
    return parseAmount(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Write PLN amounts as strings, e.g. "18450000.00".');
    return parseAmount(ast.value);
  },
});

function parseAmount(value: unknown): Pln {
  if (typeof value !== 'string') throw new GraphQLError('Write PLN amounts as strings, e.g. "18450000.00", not as numbers.');
  try {
    return parsePln(value);
  } catch {
    throw new GraphQLError(`"${value}" is not an amount in PLN, e.g. "18450000.00" or "18 450 000,00 zł".`);
  }
}
