// Server code logs its failures as JSON lines on console.error; tests read them and keep them
// out of the test output.

/** console.error's lines while `run` runs, kept from the test output. */
export async function capturingErrors<T>(run: () => Promise<T>): Promise<{ result: T; lines: string[] }> {
  const lines: string[] = [];
  const original = console.error;
  console.error = (...parts: unknown[]) => lines.push(parts.map(String).join(" "));
  try {
    return { result: await run(), lines };
  } finally {
    console.error = original;
  }
}
