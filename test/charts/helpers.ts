// Test helpers: a strict XML well-formedness check (no XML parser is a dependency), PNG and PDF
// header readers, and the rule for external tools: skip with a message locally, fail under CI.

import { existsSync } from "node:fs";

const NAME = "[A-Za-z_:][\\w:.-]*";
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Returns undefined when the text is well-formed XML with one root element, else the problem. */
export function xmlProblem(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  let i = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (ENTITY.test(text)) return `bad entity near offset ${i}`;
    if (stack.length === 0 && text.trim() !== "") return `text outside the root at ${i}`;
    if (lt === -1) break;
    if (xml.startsWith("<!--", lt)) {
      i = xml.indexOf("-->", lt) + 3;
      continue;
    }
    const m = TAG.exec(xml.slice(lt));
    if (!m) return `malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`;
    if (ENTITY.test(m[3])) return `bad entity in attribute at ${lt}`;
    const [, close, name, , selfClose] = m;
    if (close) {
      if (stack.pop() !== name) return `unbalanced </${name}> at ${lt}`;
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClose) stack.push(name);
    }
    i = lt + m[0].length;
  }
  if (stack.length > 0) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? undefined : `${roots} root elements`;
}

export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function svgSize(svg: string): { width: number; height: number } {
  const m = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new Error("SVG root has no width and height");
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** Whether a test that needs an external tool should run: under CI it always runs (and fails). */
export function toolReady(path: string, aptPackage: string): boolean {
  if (existsSync(path) || process.env.CI) return true;
  console.warn(
    `skipping: ${path} is missing (apt-get install -y ${aptPackage}); under CI this fails`,
  );
  return false;
}
