import { KIB } from "../edge";
import { MAX_JSON_VALUES } from "../json-body";
import { MAX_XML_ELEMENTS } from "../../sap/xml-shape";
import { deepJson, hugeJson, NOT_OBJECTS, randomJsonValue, truncated, typeFlips, valueBomb, type Json } from "./json-mutations";
import { edgeOutcome, type Outcome } from "./outcome";
import { Prng } from "./prng";
import type { FuzzTarget, Sample } from "./targets";
import { deepXml, elementBomb, xmlAttack, xmlMutation } from "./xml-mutations";

export type Category =
  | "truncated"
  | "wrong types"
  | "deep"
  | "huge"
  | "many values"
  | "random bytes"
  | "not a document"
  | "media type"
  | "xml attack"
  | "xml damage";

/** A fuzzed delivery: the body, the headers it is sent with besides the signature, and what the receive path answers. */
export interface FuzzDelivery {
  category: Category;
  what: string;
  sample: string;
  body: Buffer;
  headers: Record<string, string>;
  expected: Outcome;
}

export interface Corpus {
  /** Every delivery the receive path refuses, or that crashed it (expected.status 500). */
  refused: FuzzDelivery[];
  /** Mutations that left a valid delivery (a value the mapping ignores): not fuzz, set aside and counted. */
  stillValid: FuzzDelivery[];
}

/** Categories in which a mutation may leave a valid delivery; in every other, a 2xx is a hole. */
export const MAY_STAY_VALID: readonly Category[] = ["wrong types", "xml damage"];

const MEDIA_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "text/html", "application/octet-stream", "application/javascript", "image/png"];

const seedOf = (seed: number, id: string): number => [...id].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0, seed ^ 2166136261);

/**
 * At least `size` fuzzed deliveries for one connector, deterministic for a seed: damaged media
 * types, bodies that are no document, random bytes, nesting past the limit, bodies over the size
 * limit and value bombs, every field of every sample flipped to another type, XML attacks and
 * damage for XML samples, then truncations of the samples at random points up to `size`.
 */
export function fuzzCorpus(target: FuzzTarget, seed: number, size = 1000): Corpus {
  const prng = new Prng(seedOf(seed, target.connector.id));
  const corpus: Corpus = { refused: [], stillValid: [] };
  const { maxBodyBytes } = target.connector.edge;
  let n = 0;
  const add = (category: Category, what: string, sample: Sample, body: string | Buffer, headers = sample.headers) => {
    const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
    const expected = edgeOutcome(target, bytes, { ...headers, ...target.sign(bytes, (n += 1)) });
    const delivery = { category, what, sample: sample.name, body: bytes, headers, expected };
    (expected.status < 400 ? corpus.stillValid : corpus.refused).push(delivery);
  };
  const samples = target.samples;
  const jsonSamples = samples.filter((sample) => sample.format === "json");
  const xmlSamples = samples.filter((sample) => sample.format === "xml");
  const parsed = (sample: Sample) => JSON.parse(sample.body.toString("utf8")) as Json;

  for (const type of MEDIA_TYPES) {
    const sample = prng.pick(samples);
    add("media type", `Content-Type "${type}"`, sample, sample.body, { ...sample.headers, "content-type": type });
  }
  const compressed = prng.pick(samples);
  add("media type", "Content-Encoding gzip", compressed, compressed.body, { ...compressed.headers, "content-encoding": "gzip" });
  for (const text of [...NOT_OBJECTS, ...(xmlSamples.length > 0 ? ["<", "<?xml version=\"1.0\"?>", "<a>", "</a>", "<>", "<!-- -->"] : [])]) {
    add("not a document", JSON.stringify(text), prng.pick(samples), text);
  }
  for (let i = 0; i < 30; i += 1) {
    const text = randomJsonValue(prng);
    add("not a document", text.slice(0, 40), prng.pick(samples), text);
  }
  for (let i = 0; i < 100; i += 1) {
    const bytes = prng.bytes(prng.logBetween(1, 4096));
    add("random bytes", `${bytes.length} random bytes`, prng.pick(samples), bytes);
  }
  // Depth costs a few bytes a level; below the size limit, so the depth check is what refuses.
  const maxDepth = Math.min(200_000, Math.floor(maxBodyBytes / 16));
  for (let i = 0; i < 80; i += 1) {
    const sample = prng.pick(samples);
    const deep = sample.format === "xml" ? deepXml(sample.body.toString("utf8"), prng, maxDepth) : deepJson(parsed(sample), prng, maxDepth);
    add("deep", deep.what, sample, deep.body);
  }
  for (let i = 0; i < 2; i += 1) {
    const sample = prng.pick(jsonSamples.length > 0 ? jsonSamples : samples);
    const huge = hugeJson(parsed(sample), maxBodyBytes + prng.between(1, 64 * KIB), prng);
    add("huge", huge.what, sample, huge.body);
  }
  if (maxBodyBytes > 2 * MAX_JSON_VALUES + 2 && jsonSamples.length > 0) {
    add("many values", `${MAX_JSON_VALUES + 1} values`, jsonSamples[0], valueBomb(MAX_JSON_VALUES + 1));
  }
  if (xmlSamples.length > 0 && maxBodyBytes > 4 * MAX_XML_ELEMENTS + 40) {
    add("many values", `${MAX_XML_ELEMENTS + 1} elements`, xmlSamples[0], elementBomb(MAX_XML_ELEMENTS + 1));
  }
  for (const sample of xmlSamples) {
    const idoc = sample.body.toString("utf8");
    for (let i = 0; i < 150 / xmlSamples.length; i += 1) {
      const attack = xmlAttack(idoc, prng);
      add("xml attack", attack.what, sample, attack.body);
      const damage = xmlMutation(idoc, prng);
      add("xml damage", damage.what, sample, damage.body);
    }
  }
  const flips = jsonSamples.flatMap((sample) => typeFlips(parsed(sample)).map((flip) => ({ sample, ...flip })));
  for (const flip of prng.sample(flips, Math.min(flips.length, 600))) {
    add("wrong types", flip.path, flip.sample, flip.body);
  }
  while (corpus.refused.length < size) {
    const sample = prng.pick(samples);
    const cut = truncated(sample.body.toString("utf8"), prng);
    add("truncated", `cut at ${Buffer.byteLength(cut)} of ${sample.body.length} bytes`, sample, cut);
  }
  return corpus;
}

/** `count` deliveries of a corpus, every category represented in proportion (at least one each). */
export function sampleCorpus(deliveries: readonly FuzzDelivery[], count: number, seed: number): FuzzDelivery[] {
  const prng = new Prng(seed);
  const byCategory = new Map<Category, FuzzDelivery[]>();
  for (const delivery of deliveries) {
    const group = byCategory.get(delivery.category) ?? [];
    group.push(delivery);
    byCategory.set(delivery.category, group);
  }
  return [...byCategory.values()].flatMap((group) => prng.sample(group, Math.max(1, Math.round((group.length / deliveries.length) * count))));
}
