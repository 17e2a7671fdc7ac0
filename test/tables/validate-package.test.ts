import { describe, expect, it } from "vitest";
import { buildTables, validatePackage } from "../../pipeline/tables/index.ts";

const empty = buildTables({ documents: [], review: [] });
const files = () => new Map(empty.files.map((f) => [f.name, f.content]));
const descriptor = () => JSON.parse(files().get("datapackage.json") as string);

describe("validatePackage(descriptor, files)", () => {
  it("accepts the package of an empty build", () => {
    expect(validatePackage(JSON.stringify(descriptor()), files())).toEqual([]);
  });

  it("reports a bad descriptor", () => {
    const d = descriptor();
    d.resources[0].name = "Bad Name";
    d.resources[1].schema.fields[0].type = "text";
    d.resources[1].schema.primaryKey = ["nope"];
    const errors = validatePackage(JSON.stringify(d), files());
    expect(errors.join("\n")).toMatch(/name must match/);
    expect(errors.join("\n")).toMatch(/unknown type text/);
    expect(errors.join("\n")).toMatch(/primaryKey field nope/);
  });

  it("reports data that breaks its schema, hash or keys", () => {
    const f = files();
    const d = descriptor();
    f.set(
      "events.csv",
      `${f.get("events.csv")}e-1,doc,1990-1,x,treaty,,1,,,,,q\ne-1,doc,1990,1990,feast,,1,,,,,q\n`,
    );
    const errors = validatePackage(JSON.stringify(d), f).join("\n");
    expect(errors).toMatch(/hash differs/);
    expect(errors).toMatch(/"1990-1" does not match/);
    expect(errors).toMatch(/"x" is not a integer/);
    expect(errors).toMatch(/"feast" is not one of/);
    expect(errors).toMatch(/duplicate primary key/);
    expect(errors).toMatch(/doc doc not in documents/);
  });
});
