import { badInput } from "../../../lib/errors/hub-error";

const MAX_PHOTOS = 10;

/** Photo links: http(s) URLs only, so a portal never renders a javascript: or data: link. */
export function validatePhotos(photos: readonly string[] | null | undefined, field: string): string[] {
  const list = photos ?? [];
  if (list.length > MAX_PHOTOS) {
    throw badInput(`${field} takes at most ${MAX_PHOTOS} photos, got ${list.length}.`, { field });
  }
  return list.map((photo, index) => {
    let url: URL | null = null;
    try {
      url = new URL(photo);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || photo.length > 2000) {
      throw badInput(`${field}[${index}] must be an http(s) URL of at most 2,000 characters.`, { field: `${field}[${index}]` });
    }
    return photo;
  });
}
