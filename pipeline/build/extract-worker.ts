// Worker thread entry: loads the taxonomy once, then extracts one document per message and answers
// with its outcome or its error; the pool decides the order, so the worker holds one text at a time.
import { parentPort, workerData } from "node:worker_threads";
import { loadTaxonomy, type ReviewRow, reviewById } from "../claims/index.ts";
import { type DocumentTask, runTask, type TaskContext, transferList } from "./extract-task.ts";
import { toTransferable } from "./transfer-error.ts";

export interface WorkerInit {
  taxonomyText: string;
  taxonomyPath: string;
  cacheDir: string | null;
  buildKey: string;
  review: ReviewRow[];
}

const init = workerData as WorkerInit;
const context: TaskContext = {
  taxonomy: loadTaxonomy(init.taxonomyText, init.taxonomyPath),
  cacheDir: init.cacheDir,
  buildKey: init.buildKey,
  review: reviewById(init.review),
};

parentPort?.on("message", async (task: DocumentTask) => {
  try {
    const outcome = await runTask(task, context);
    parentPort?.postMessage({ index: task.index, outcome }, transferList(outcome));
  } catch (error) {
    parentPort?.postMessage({ index: task.index, error: toTransferable(error) });
  }
});
