import { DashboardProductsDocument } from "../../../clients/generated/graphql";
import { readClaims } from "../shared/claims";
import { HubClient, HubError } from "../shared/hub-client";
import { startDashboard } from "./app";

/** Per tab: closing the tab signs out, and the token never touches disk for long. */
const TOKEN_KEY = "serialhub.token";

const form = document.getElementById("login") as HTMLFormElement;
const error = document.getElementById("login-error") as HTMLElement;

/** Checks the token against the hub before keeping it: a precise reason beats a blank dashboard. */
async function signIn(token: string): Promise<void> {
  const claims = readClaims(token);
  if (!claims) {
    throw new Error("This is not a token: paste the whole JWT (three parts separated by dots).");
  }
  if (claims.exp !== null && claims.exp * 1000 < Date.now()) {
    throw new Error("This token has expired: get a new one.");
  }
  const probe = new HubClient(token);
  const result = await probe.execute(DashboardProductsDocument);
  if (result.errors.some((problem) => problem.extensions?.code === "UNAUTHENTICATED")) {
    throw new HubError(result.errors);
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  document.getElementById("login-view")?.remove();
  startDashboard(token, claims, () => {
    sessionStorage.removeItem(TOKEN_KEY);
    location.reload();
  });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const token = String(new FormData(form).get("token") ?? "").trim();
  error.textContent = "";
  signIn(token).catch((problem: Error) => {
    error.textContent = problem.message;
  });
});

// `npm run demo` prints a link with the token in the fragment, which never reaches a server.
const fromLink = /(?:^#|&)token=([^&]+)/.exec(location.hash)?.[1];
if (fromLink) {
  history.replaceState(null, "", location.pathname);
}
const remembered = fromLink ? decodeURIComponent(fromLink) : sessionStorage.getItem(TOKEN_KEY);
if (remembered) {
  signIn(remembered).catch((problem: Error) => {
    sessionStorage.removeItem(TOKEN_KEY);
    error.textContent = problem.message;
  });
}
