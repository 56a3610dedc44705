/**
 * Progressive enhancement of the server-rendered verification page: the verdict is already
 * in the HTML. With JavaScript, a person may add their precise position (the browser asks
 * for consent first) and send a problem report without leaving the page.
 */
import { ReportProblemDocument, VerifyDocument, type ProblemKind } from "../../../clients/generated/graphql";
import { HubClient, HubError } from "../shared/hub-client";

const hub = new HubClient(null);
const main = document.querySelector<HTMLElement>("main[data-code]");

function say(element: HTMLElement | null, text: string): void {
  if (element) {
    element.textContent = text;
  }
}

function enableLocation(page: HTMLElement): void {
  const box = document.getElementById("locate-box");
  const button = document.getElementById("locate") as HTMLButtonElement | null;
  const status = document.getElementById("locate-status");
  if (!box || !button || !("geolocation" in navigator)) {
    return;
  }
  box.hidden = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    say(status, "Waiting for your permission…");
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        try {
          // The same check again, now with the position: same session and scan id, so it counts as one look.
          await hub.request(VerifyDocument, {
            code: page.dataset.code ?? "",
            context: {
              lat: Math.round(position.coords.latitude * 1e4) / 1e4,
              lon: Math.round(position.coords.longitude * 1e4) / 1e4,
              country: page.dataset.country || null,
              session: page.dataset.session || null,
              requestId: page.dataset.scan || null,
            },
          });
          say(status, "Thank you: your position was added to this check.");
        } catch {
          say(status, "Your position could not be sent; the check above is still valid.");
          button.disabled = false;
        }
      },
      () => {
        say(status, "No position shared. That is fine: the check above is still valid.");
        button.disabled = false;
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

function enableReport(page: HTMLElement): void {
  const form = document.getElementById("report-form") as HTMLFormElement | null;
  const status = document.getElementById("report-status");
  if (!form) {
    return;
  }
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const submit = form.querySelector<HTMLButtonElement>("button[type=submit]");
    if (submit) {
      submit.disabled = true;
    }
    try {
      await hub.request(ReportProblemDocument, {
        input: {
          code: page.dataset.code ?? "",
          kind: String(data.get("kind")) as ProblemKind,
          message: String(data.get("message") ?? "") || null,
          contact: String(data.get("contact") ?? "") || null,
          scanId: page.dataset.scan || null,
          country: page.dataset.country || null,
        },
      });
      form.querySelectorAll("fieldset, label, textarea, input, button").forEach((element) => element.remove());
      say(status, "Thank you: your report was sent. The brand's team will look at it; keep the pack until then.");
      status?.classList.add("notice");
    } catch (error) {
      say(status, error instanceof HubError ? error.message : "The report could not be sent; please try again.");
      status?.classList.add("notice", "notice--error");
      if (submit) {
        submit.disabled = false;
      }
    }
  });
}

if (main) {
  enableLocation(main);
  enableReport(main);
}
