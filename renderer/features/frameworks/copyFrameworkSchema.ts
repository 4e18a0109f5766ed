/** The name of a copied framework: the framework's own name rule, so it says what the repository would. */
import { z } from 'zod';
import { frameworkSchema } from '../../../shared/framework/frameworkSchema';

export const copyFrameworkSchema = z.object({ name: frameworkSchema.shape.name });

export type CopyFrameworkFormValues = z.infer<typeof copyFrameworkSchema>;
