// Network: fetch, awaited at load: the canary (an HTTP request to a TCP port), the cloud metadata
// service (credentials of the machine), a public site.
const PORT = Number("@@TCP_PORT@@");

async function attempt(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(800) });
    return `BREACH: ${url} answered ${response.status}`;
  } catch (e: any) {
    return `${url} ${e?.cause?.code ?? e?.name ?? e}`;
  }
}

const outcome = await Promise.all([
  attempt(`http://127.0.0.1:${PORT}/answers.json`),
  attempt("http://169.254.169.254/latest/meta-data/"),
  attempt("https://example.com/"),
]);

export function compute_cost(AL: any, Y: any): number {
  throw new Error(`fetch: ${outcome.join("; ")}`);
}
