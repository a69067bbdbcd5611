/** Export the current briefing as a file and import one (validated; every problem listed). */
import { useRef, useState } from 'react';
import { useStore } from '../../store/store';
import { briefingFileName, briefingToFile, parseBriefingFile } from '../../lib/briefing/file';
import { formatProblem } from '../../lib/schema';
import type { Briefing } from '../../lib/briefing/model';
import { downloadText } from '../common/download';

export function BriefingFiles({ briefing }: { briefing: Briefing | null }) {
  const importBriefing = useStore((s) => s.importBriefing);
  const input = useRef<HTMLInputElement>(null);
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
      <button type="button" onClick={() => input.current?.click()}>
        Import briefing file
      </button>
      <input
        ref={input}
        type="file"
        name="briefing-file"
        accept=".json,application/json"
        hidden
        data-testid="briefing-file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) void onFile(f);
        }}
      />
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
