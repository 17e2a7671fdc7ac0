import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { quantitiesCommand } from "../../pipeline/quantities/index.ts";
import { quantitiesLine } from "../../pipeline/quantities/quantities-command.ts";

function io(stdin: PassThrough) {
  const stdout = new PassThrough();
  let out = "";
  stdout.on("data", (c) => {
    out += c;
  });
  return { io: { stdin, stdout, stderr: new PassThrough(), cwd: "/", env: {} }, output: () => out };
}

describe("quantitiesCommand(args, io)", () => {
  it("writes one line per input line, in order, and reports bad JSON without stopping", async () => {
    const stdin = new PassThrough();
    const { io: cli, output } = io(stdin);
    const done = quantitiesCommand([], cli);
    stdin.write('{"id":"a","text":"It cost $5 million in 1990."}\n');
    stdin.write("not json\n");
    stdin.end('{"id":7,"text":"twelve turbines"}\n');
    expect(await done).toBe(0);
    const lines = output()
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe("a");
    expect(lines[0].quantities.map((q: { low: number; unit: string }) => [q.low, q.unit])).toEqual([
      [5_000_000, "USD"],
    ]);
    expect(lines[0].dates.map((d: { iso: string }) => d.iso)).toEqual(["1990"]);
    expect(lines[1].id).toBeNull();
    expect(typeof lines[1].error).toBe("string");
    expect(lines[2]).toMatchObject({
      id: 7,
      quantities: [{ low: 12, unit: "count", noun: "turbines" }],
    });
  });

  it("streams: answers a line before the input ends", async () => {
    const stdin = new PassThrough();
    const { io: cli, output } = io(stdin);
    const done = quantitiesCommand([], cli);
    stdin.write('{"id":1,"text":"40 tons"}\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(output()).toContain('"id":1');
    stdin.end();
    await done;
  });
});

describe("quantitiesLine(line): fields", () => {
  it("writes every field of the interface, kind included", () => {
    const out = JSON.parse(
      quantitiesLine('{"id":1,"text":"In 1981 they sold 310 megawatts each."}') as string,
    );
    expect(Object.keys(out.quantities[0]).sort()).toEqual(
      [
        "change",
        "end",
        "high",
        "kind",
        "low",
        "noun",
        "per",
        "qualifier",
        "start",
        "text",
        "unit",
        "unit_text",
      ].sort(),
    );
    expect(out.quantities[0].kind).toBe("quantity");
    expect(out.dates[0]).toMatchObject({ kind: "date", iso: "1981" });
  });
});
