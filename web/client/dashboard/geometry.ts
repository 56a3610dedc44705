/**
 * Country outlines from the bundled Natural Earth 1:110m geometry (world-atlas, ISC), drawn
 * in an equirectangular projection: nothing is fetched, no map tiles.
 */
import codes from "i18n-iso-countries/codes.json";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import world from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 420;
/** Antarctica is cut off: nothing is shipped there, and it would take a third of the height. */
const TOP = 84;
const BOTTOM = -58;

export interface CountryShape {
  /** ISO 3166-1 alpha-2; null for areas without one (e.g. Somaliland). */
  code: string | null;
  name: string;
  path: string;
  /** Where a bubble goes: the middle of the largest part's bounding box. */
  x: number;
  y: number;
}

const alpha2ByNumeric = new Map((codes as string[][]).map(([alpha2, , numeric]) => [numeric, alpha2]));

const project = ([lon, lat]: number[]): [number, number] => [
  ((lon + 180) / 360) * MAP_WIDTH,
  ((TOP - Math.max(BOTTOM, Math.min(TOP, lat))) / (TOP - BOTTOM)) * MAP_HEIGHT,
];

/** Rings crossing the antimeridian (Russia, Fiji) are unwrapped, then drawn a second time a world away. */
function ringPath(ring: number[][]): string {
  let offset = 0;
  const points = ring.map((point, i) => {
    const step = i > 0 ? point[0] - ring[i - 1][0] : 0;
    offset += step > 180 ? -360 : step < -180 ? 360 : 0;
    return project([point[0] + offset, point[1]]);
  });
  const draw = (shift: number) => `M${points.map(([x, y]) => `${(x + shift).toFixed(1)},${y.toFixed(1)}`).join("L")}Z`;
  if (points.some(([x]) => x > MAP_WIDTH)) {
    return draw(0) + draw(-MAP_WIDTH);
  }
  return points.some(([x]) => x < 0) ? draw(0) + draw(MAP_WIDTH) : draw(0);
}

function area(ring: number[][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(sum / 2);
}

let shapes: CountryShape[] | undefined;

export function countryShapes(): CountryShape[] {
  if (shapes) {
    return shapes;
  }
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  shapes = collection.features
    .filter((country) => country.id !== "010")
    .map((country) => {
      const geometry = country.geometry;
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
      const largest = polygons.map((polygon) => polygon[0]).sort((a, b) => area(b) - area(a))[0] ?? [[0, 0]];
      const xs = largest.map((point) => point[0]);
      const ys = largest.map((point) => point[1]);
      const [x, y] = project([(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2]);
      return {
        code: alpha2ByNumeric.get(String(country.id)) ?? null,
        name: country.properties?.name ?? "",
        path: polygons.flatMap((polygon) => polygon.map(ringPath)).join(""),
        x,
        y,
      };
    });
  return shapes;
}
