import { badInput } from "../../../lib/errors/hub-error";
import { requireText } from "../../../lib/validation/text";
import type { ProductLinkInput, ProductLinkValues } from "./product-links.type";

/** GS1 Web Vocabulary terms are camelCase words after the gs1: prefix (gs1:pip, gs1:recallStatus, …). */
const LINK_TYPE = /^gs1:[a-z][A-Za-z0-9]{1,59}$/;
/** The hub answers these itself: its verification page is the default, VRS the verification service. */
const RESERVED = new Set(["gs1:defaultLink", "gs1:defaultLinkMulti", "gs1:verificationService"]);
const LANG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;
const MAX_LINKS = 50;

/** Base64 of 100 kB: a picture for a phone screen, small enough to travel inside the page. */
export const MAX_IMAGE_CHARS = 136_536;
const IMAGE = /^data:image\/(png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

function checkHref(href: string, field: string): string {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    throw badInput(`${field} must be an absolute URL.`, { field });
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.href.length > 2000) {
    throw badInput(`${field} must be an http(s) URL of at most 2,000 characters.`, { field });
  }
  return url.href;
}

/** Checks every link of setProductLinks and returns them normalised. */
export function validateLinks(links: readonly ProductLinkInput[]): ProductLinkValues[] {
  if (links.length > MAX_LINKS) {
    throw badInput(`input.links: at most ${MAX_LINKS} links per product.`, { field: "input.links" });
  }
  return links.map((link, i) => {
    const field = `input.links[${i}]`;
    const linkType = link.linkType.trim();
    if (!LINK_TYPE.test(linkType)) {
      throw badInput(`${field}.linkType "${linkType}" is not a GS1 link type such as gs1:pip or gs1:instructions.`, { field: `${field}.linkType` });
    }
    if (RESERVED.has(linkType)) {
      throw badInput(`${field}.linkType ${linkType} is answered by the hub itself and cannot be configured.`, { field: `${field}.linkType` });
    }
    const lang = link.lang?.trim() || null;
    if (lang !== null && !LANG.test(lang)) {
      throw badInput(`${field}.lang "${lang}" is not a language tag such as en or de-CH.`, { field: `${field}.lang` });
    }
    const mediaType = link.mediaType?.trim().toLowerCase() || null;
    if (mediaType !== null && !MEDIA_TYPE.test(mediaType)) {
      throw badInput(`${field}.mediaType "${mediaType}" is not a media type such as text/html.`, { field: `${field}.mediaType` });
    }
    return { linkType, href: checkHref(link.href, `${field}.href`), title: requireText(link.title, `${field}.title`), lang, mediaType };
  });
}

/** A data: URL picture, or null to remove it. */
export function validateImage(image: string | null): string | null {
  if (image === null) {
    return null;
  }
  if (image.length > MAX_IMAGE_CHARS || !IMAGE.test(image)) {
    throw badInput("input.image must be a base64 data: URL of a PNG, JPEG, WebP or SVG picture of at most 100 kB.", { field: "input.image" });
  }
  return image;
}
