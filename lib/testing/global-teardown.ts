export default async function globalTeardown(): Promise<void> {
  await globalThis.__SERIALHUB_PG__?.stop();
}
