import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildKey } from "../../pipeline/build/build-key.ts";

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "tc-key-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(root, name, ".."), { recursive: true });
    await writeFile(join(root, name), text);
  }
  return `${root}/`;
}

describe("buildKey(taxonomyText, root)", () => {
  it("changes with the taxonomy and with any code or data file, but not with chart code", async () => {
    const files = { "claims/a.ts": "x", "quantities/units.json": "{}", "charts/theme.ts": "t" };
    const base = await buildKey("tax", await tree(files));
    expect(await buildKey("tax", await tree(files))).toBe(base);
    expect(await buildKey("tax2", await tree(files))).not.toBe(base);
    expect(await buildKey("tax", await tree({ ...files, "claims/a.ts": "y" }))).not.toBe(base);
    expect(await buildKey("tax", await tree({ ...files, "quantities/units.json": "[]" }))).not.toBe(
      base,
    );
    expect(await buildKey("tax", await tree({ ...files, "charts/theme.ts": "u" }))).toBe(base);
  });
});
