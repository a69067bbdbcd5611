/** Add a title card (a section heading shown as its own step). */
import { useState } from 'react';
import { useStore } from '../../store/store';

export function TitleCardForm() {
  const add = useStore((s) => s.addTitleCard);
  const [title, setTitle] = useState('');
  return (
    <form
      className="briefing-title-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!title.trim()) return;
        add(title.trim(), '');
        setTitle('');
      }}
    >
      <label className="briefing-field">
        <span>New title card</span>
        <input
          type="text"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Part 2: Procurement"
        />
      </label>
      <button type="submit" disabled={!title.trim()}>
        Add title card
      </button>
    </form>
  );
}
