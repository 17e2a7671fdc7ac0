// charts/index.html: every figure with its title, description, source line and links to its
// files, spec and CSV. A pure function of the render states, so it is byte-stable too.

import { escapeXml } from "./figure.ts";
import type { Format } from "./formats.ts";

export interface GalleryEntry {
  name: string;
  title: string;
  description: string;
  source: string;
  formats: Format[];
  specHref: string;
  dataHref?: string;
  error?: string;
}

function card(e: GalleryEntry): string {
  const esc = escapeXml;
  const links = e.formats.map((f) => `<a href="${esc(e.name)}.${f}">${f.toUpperCase()}</a>`);
  links.push(`<a href="${esc(e.specHref)}">spec</a>`);
  if (e.dataHref) links.push(`<a href="${esc(e.dataHref)}">CSV</a>`);
  const image = e.formats.includes("svg")
    ? `${e.name}.svg`
    : e.formats.includes("png")
      ? `${e.name}.png`
      : undefined;
  const figure = e.error
    ? `<p class="error">Not rendered: ${esc(e.error)}</p>`
    : image
      ? `<img src="${esc(image)}" alt="${esc(e.description)}">`
      : "";
  return [
    `<section id="${esc(e.name)}">`,
    `<h2>${esc(e.title || e.name)}</h2>`,
    figure,
    `<p class="description">${esc(e.description)}</p>`,
    `<p class="source">${esc(e.source)}</p>`,
    `<p class="links">${links.join(" · ")}</p>`,
    "</section>",
  ].join("\n");
}

export function galleryHtml(entries: GalleryEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Charts</title>
<style>
body { font-family: "DejaVu Sans", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
section { border-top: 1px solid #ccc; padding: 1rem 0; }
img { max-width: 100%; height: auto; }
.source, .links { font-size: 0.9rem; color: #444; }
.error { color: #a00; }
</style>
</head>
<body>
<h1>Charts</h1>
${sorted.map(card).join("\n")}
</body>
</html>
`;
}
