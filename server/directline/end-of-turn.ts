/**
 * Batches work to the end of the current turn of the event loop: the returned function may be
 * called any number of times in one turn, and `run` runs once, after the I/O of that turn. The
 * conversation log commits its rows this way, and the stream hub sends its frames.
 */
export function onceAtEndOfTurn(run: () => void): () => void {
  let scheduled = false;
  return () => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      run();
    });
  };
}
