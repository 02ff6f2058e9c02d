import { SetMetadata } from '@nestjs/common';

/**
 * Every query, mutation and subscription declares who may call it; the global guard refuses
 * an operation that declares nothing (fail closed). Finer rules (which partnership, which role)
 * are checked by the services against the one policy table in the identity context.
 */
export const ACCESS_DECLARATION = 'wspolnie:access';

export type AccessDeclaration = 'public' | 'authenticated';

/** Anyone, signed in or not (the public gmina register, signing in). */
export const Public = () => SetMetadata(ACCESS_DECLARATION, 'public' satisfies AccessDeclaration);

/** Any signed-in person; the service decides what they may see or change. */
export const Authenticated = () => SetMetadata(ACCESS_DECLARATION, 'authenticated' satisfies AccessDeclaration);
