/** "Still to do" beside one item: what the ready-to-sign checklist is waiting for. Never blocks. */
export function TodoNote({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="todo-note">
      <span className="todo-note__label">Still to do:</span>
      {messages.length === 1 ? (
        <span> {messages[0]}</span>
      ) : (
        <ul className="todo-note__list">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
