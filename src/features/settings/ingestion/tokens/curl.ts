/** What a sender runs: the seed's batch format in a file, posted with the token. */
export function curlExample(url: string, secret: string): string {
  return [
    `curl -X POST ${url} \\`,
    `  -H 'Authorization: Bearer ${secret}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    '  --data @batch.json',
  ].join('\n');
}
