import { randomInt } from "node:crypto";
import { HubError } from "../errors/hub-error";
import { parseCode } from "./code";

const SEEDS = [
  "]d2010952012345678817261231" + "10ABC123\x1d2112345",
  "(01)09520123456788(17)261231(10)ABC123(21)12345",
  "https://id.gs1.org/01/09520123456788/10/ABC123/21/12345?17=261231&8030=AbC-_",
  "urn:epc:id:sgtin:0614141.107346.2017",
  "^0112345678901231^991234",
  "]E04012345111118",
];
const NOISE = ["\x1d", "^", "(", ")", "\\", "%", "%2", "/", "?", "&", "=", "0", "9", "A", "z", " ", "#", "é", "\0", "]", "01", "21", "8030"];

/** A real code with a few random edits, so inputs reach deep into every reader. */
function mutate(seed: string): string {
  let input = seed;
  for (let edits = randomInt(4); edits > 0; edits -= 1) {
    const at = randomInt(input.length + 1);
    const noise = NOISE[randomInt(NOISE.length)];
    const kind = randomInt(3);
    input = kind === 0 ? input.slice(0, at) + noise + input.slice(at) : kind === 1 ? input.slice(0, at) + input.slice(at + 1) : input.slice(0, at) + noise + input.slice(at + 1);
  }
  return input;
}

describe("parseCode on arbitrary input", () => {
  it("either reads a code or refuses it with BAD_CODE, never anything else", () => {
    let read = 0;
    let refused = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const input = mutate(SEEDS[i % SEEDS.length]);
      try {
        parseCode(input);
        read += 1;
      } catch (error) {
        if (!(error instanceof HubError) || error.code !== "BAD_CODE") {
          throw new Error(`${JSON.stringify(input)} threw ${String(error)}`);
        }
        refused += 1;
      }
    }
    // Both outcomes occur, so the edits reach the success and the failure paths alike.
    expect(read).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
  });
});
