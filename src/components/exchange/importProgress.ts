/** How far a running import is (shown among the notices), in a small store of its own. */
import { create } from 'zustand';

export interface ImportProgress {
  file: string;
  done: number;
  total: number;
}

export const useImportProgress = create<{ progress: ImportProgress | null }>()(() => ({ progress: null }));
export const setImportProgress = (progress: ImportProgress | null) => useImportProgress.setState({ progress });
