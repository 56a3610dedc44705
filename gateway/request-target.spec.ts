import { requestTarget } from "./request-target";

describe("requestTarget", () => {
  it("refuses every path the URL parser would move elsewhere", () => {
    const moved = [
      "/metrics/../internal/api-keys/0123456789abcdef",
      "/webhooks/../internal/api-keys/0123456789abcdef",
      "/webhooks/%2e%2e/internal/api-keys/0123456789abcdef",
      "/webhooks/.%2E/internal",
      "/01/./10614141073464/21/A1",
      "/01/10614141073464/21/%2e",
      "/recalls/serial-lists/..",
      "/metrics\\..\\internal/api-keys/x",
      "/\\evil.example/01/x",
      "//evil.example/01/x",
      "http://evil.example/01/x",
      "*",
    ];
    const verdicts = moved.map((raw) => requestTarget(raw).ok);
    expect(verdicts).toEqual(moved.map(() => false));
    // The parser really does move each of them (what the refusal is for).
    const paths = moved.filter((raw) => raw.startsWith("/") && !raw.startsWith("//"));
    const rewritten = paths.filter((raw) => {
      const url = new URL(raw, "http://door.invalid");
      return `${url.pathname}${url.search}` !== raw;
    });
    expect(rewritten).toEqual(paths);
    console.log(`requestTarget: ${moved.length} paths that the URL parser would rewrite elsewhere refused`);
  });

  it("gives the parsed path and query, the one text the door routes on, signs and sends", () => {
    expect(requestTarget('/01/10614141073464/21/ab"c<d')).toEqual({ ok: true, path: "/01/10614141073464/21/ab%22c%3Cd", target: "/01/10614141073464/21/ab%22c%3Cd" });
    expect(requestTarget('/epcis/events?x=a"b')).toEqual({ ok: true, path: "/epcis/events", target: "/epcis/events?x=a%22b" });
    expect(requestTarget("/graphql")).toEqual({ ok: true, path: "/graphql", target: "/graphql" });
    expect(requestTarget("/a/.../b?c=../d")).toEqual({ ok: true, path: "/a/.../b", target: "/a/.../b?c=../d" });
    expect(requestTarget(undefined)).toEqual({ ok: true, path: "/", target: "/" });
    // Parsing its own output changes nothing: the service receives exactly what was signed.
    for (const raw of ['/01/1/21/ab"c<d', "/é?q=ü", "/a b", "/x?y=`{}`"]) {
      const first = requestTarget(raw);
      expect(first.ok && requestTarget(first.target)).toEqual(first);
    }
  });
});
