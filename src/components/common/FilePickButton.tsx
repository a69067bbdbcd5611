/** A button that opens the browser's file picker (a hidden <input type=file>) and hands over the file picked. */
import { useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  accept: string;
  /** For the e2e tests, which set the file on the input directly. */
  testId: string;
  name?: string;
  onFile: (file: File) => void;
}

export function FilePickButton({ children, accept, testId, name, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        name={name}
        hidden
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const f = e.target.files?.[0];
          // cleared so that picking the same file again is a change too
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
    </>
  );
}
