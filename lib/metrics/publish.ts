import { metrics } from "./registry.mjs";

/** Runs a publish (versions written and caches told) and records how long it took and whether it committed. */
export async function measurePublish<T>(publish: () => Promise<T>): Promise<T> {
  const done = metrics().publishDuration.startTimer();
  try {
    const result = await publish();
    done({ outcome: "published" });
    return result;
  } catch (error) {
    done({ outcome: "failed" });
    throw error;
  }
}
