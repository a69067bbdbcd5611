/** Export the current briefing as a file and import one (validated; every problem listed). */
import { useState } from 'react';
import { useStore } from '../../store/store';
import { briefingFileName, briefingToFile, parseBriefingFile } from '../../lib/briefing/file';
import { formatProblem } from '../../lib/schema';
import type { Briefing } from '../../lib/briefing/model';
import { downloadText } from '../common/download';
import { FilePickButton } from '../common/FilePickButton';

export function BriefingFiles({ briefing }: { briefing: Briefing | null }) {
  const importBriefing = useStore((s) => s.importBriefing);
  const [problems, setProblems] = useState<string[]>([]);
  const onFile = async (file: File) => {
    const r = parseBriefingFile(await file.text(), file.name);
    if (r.ok) {
      setProblems([]);
      importBriefing(r.briefing);
    } else setProblems(r.problems.map(formatProblem));
  };
  return (
    <div className="briefing-files">
      <button
        type="button"
        disabled={!briefing}
        onClick={() =>
          briefing && downloadText(briefingToFile(briefing), briefingFileName(briefing), 'application/json')
        }
      >
        Export briefing file
      </button>
      <FilePickButton
        accept=".json,application/json"
        name="briefing-file"
        testId="briefing-file-input"
        onFile={(f) => void onFile(f)}
      >
        Import briefing file
      </FilePickButton>
      {problems.length > 0 && (
        <div role="alert" className="briefing-problems">
          <p>The briefing file was not imported:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
