import { isPln, parsePln, type Pln, PlnFormatError } from '@wspolnie/kernel';
import { errorMessage } from '@wspolnie/platform-errors';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { refuse } from './scalars';

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
  parseValue: parseAmount,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) refuse(errorMessage('plnNumber'));
    return parseAmount(ast.value);
  },
});

function parseAmount(value: unknown): Pln {
  if (typeof value !== 'string') refuse(errorMessage('plnNumber'));
  try {
    return parsePln(value);
  } catch (error) {
    const ambiguous = error instanceof PlnFormatError && error.reason === 'ambiguous';
    refuse(errorMessage(ambiguous ? 'plnAmbiguous' : 'plnNotAnAmount', { value: value.slice(0, 80) }));
  }
}
