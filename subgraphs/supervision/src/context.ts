import type { Context } from '@jiandu/kit';
import type { Loaders } from './loaders.js';

export type SupervisionContext = Context<Loaders>;
