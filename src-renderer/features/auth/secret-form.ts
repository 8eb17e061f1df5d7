import { z } from 'zod';
import { secretProblem } from '../../../src-main/shared/auth/credential';

/** A new PIN typed twice; messages are i18n keys (auth.*) shown next to the field. */
export const newSecretSchema = z
  .object({ secret: z.string(), secretAgain: z.string() })
  .superRefine((value, ctx) => {
    const problem = secretProblem(value.secret);
    if (problem) ctx.addIssue({ code: 'custom', path: ['secret'], message: `auth.secretProblem.${problem}` });
    else if (value.secret !== value.secretAgain) ctx.addIssue({ code: 'custom', path: ['secretAgain'], message: 'auth.secretMismatch' });
  });
export type NewSecret = z.infer<typeof newSecretSchema>;
