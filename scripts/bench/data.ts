/** Writes the generated event lists (and their article texts) the benchmark serves, under dist/. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateEventList } from '../../src/lib/generate';

export const BENCH_SEED = 20_200_724;

/** Site path of the list with `count` events, e.g. "bench-data/n10000/events.json". */
export const benchDataPath = (count: number) => `bench-data/n${count}/events.json`;

export async function writeBenchData(distDir: string, counts: readonly number[]): Promise<void> {
  for (const count of counts) {
    const { list, texts } = await generateEventList({
      count,
      seed: BENCH_SEED,
      textPrefix: `bench-data/n${count}/sources/`,
    });
    const file = join(distDir, benchDataPath(count));
    await mkdir(join(dirname(file), 'sources'), { recursive: true });
    await writeFile(file, JSON.stringify(list));
    await Promise.all(Object.entries(texts).map(([path, text]) => writeFile(join(distDir, path), text)));
  }
}
