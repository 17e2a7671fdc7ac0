// Edge: reads the theme file and the font files it names (from their npm package), and points
// vega's text measurement at that font before any chart is laid out.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { PipelineError } from "../errors.ts";
import { loadFaces, useFontForVega } from "./font.ts";
import { chartMessages } from "./messages.ts";
import type { RenderEnv } from "./render-chart.ts";
import { sha256 } from "./sidecar.ts";
import { normalizeTheme } from "./theme.ts";

export const defaultThemeFile = fileURLToPath(new URL("../../charts/theme.json", import.meta.url));

export interface LoadedEnv extends RenderEnv {
  themeHash: string;
  fontHash: string;
}

export async function loadEnv(themeFile: string = defaultThemeFile): Promise<LoadedEnv> {
  let text: string;
  try {
    text = await readFile(themeFile, "utf8");
  } catch {
    throw new PipelineError("CHART_MISSING_DATA", chartMessages.missingCsv(themeFile, "."), {
      file: themeFile,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new PipelineError("CHART_BAD_SPEC", chartMessages.invalidJson((e as Error).message), {
      file: themeFile,
    });
  }
  const theme = normalizeTheme(raw, themeFile);
  const require = createRequire(themeFile);
  const resolveFont = (file: string) => {
    try {
      return require.resolve(`${theme.fontPackage}/${file}`);
    } catch {
      throw new PipelineError(
        "CHART_RENDER_FAILED",
        chartMessages.badTheme("font", `${theme.fontPackage}/${file}`),
        { file: themeFile },
        `Install the font package: npm install ${theme.fontPackage}`,
      );
    }
  };
  const regularPath = resolveFont(theme.fontRegular);
  const boldPath = resolveFont(theme.fontBold);
  const [regular, bold] = await Promise.all([readFile(regularPath), readFile(boldPath)]);
  const faces = loadFaces(theme.fontFamily, regular, bold);
  useFontForVega(faces);
  return {
    theme,
    faces,
    fonts: { family: theme.fontFamily, regularPath, boldPath, regular, bold },
    themeHash: sha256(text),
    fontHash: sha256(Buffer.concat([regular, bold])),
  };
}
