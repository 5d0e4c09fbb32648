// One store per server process, shared through globalThis: Next.js bundles routes, server actions
// and pages separately, and each bundle would otherwise open a connection of its own (or read the
// content, or build a search index, once more).

interface Closable {
  close: () => Promise<void>;
}

/**
 * The store under `key`, opened with `open` when none is. Never throws: when opening fails,
 * `unavailable(error)` stands in (a store whose every call fails), so a request can still answer
 * as a failed save would. Closing the shared store lets the next call open a new one (tests do).
 */
export function processStore<Store extends Closable>(key: symbol, open: () => Store, unavailable: (error: unknown) => Store): Store {
  const holder = globalThis as typeof globalThis & Record<symbol, Store | undefined>;
  const existing = holder[key];
  if (existing) return existing;
  let opened: Store;
  try {
    opened = open();
  } catch (error) {
    return unavailable(error);
  }
  const shared: Store = {
    ...opened,
    close: async () => {
      if (holder[key] === shared) delete holder[key];
      await opened.close();
    },
  };
  holder[key] = shared;
  return shared;
}

/**
 * The value under `key` for the whole process, made by `create` on first use. A module-level cache
 * is one per bundle layer: on a 10,000-article site the first view posted after a start read all
 * content again for the route handlers (6 s, 170 MB) after the pages had.
 */
export function processWide<Value>(key: symbol, create: () => Value): Value {
  const holder = globalThis as typeof globalThis & Record<symbol, Value | undefined>;
  return (holder[key] ??= create());
}
