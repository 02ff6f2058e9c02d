// Standard scalars from graphql-scalars, so their parsing and error messages are the
// well-tested ones: DateTime (RFC 3339 instant) and LocalDate (a calendar day, no zone).
export { GraphQLDateTime as DateTimeScalar, GraphQLLocalDate as LocalDateScalar } from 'graphql-scalars';
