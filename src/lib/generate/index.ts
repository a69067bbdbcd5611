export { generateEventList, type GenerateOptions, type GeneratedList } from './generate';
export { createRng, type Rng } from './prng';
