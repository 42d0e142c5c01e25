/** The sample's account handles, so every row of the big export maps to an account. */
const handles = [
  'camellialab_official',
  'xiaocha_skinlab',
  'camellialab_store',
  'camellialab_deals',
  'camellia_suncare',
];

/** A big daily export (handles × days rows), 1930 on: none of it overlaps the sample's own history. */
export function bigMetricsCsv(days: number): Buffer {
  const start = Date.UTC(1930, 0, 1);
  const lines = ['日期,账号,播放量,点赞,成交金额'];
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const [i, handle] of handles.entries())
      lines.push(`${date},${handle},${1000 + ((d + i) % 900)},${d % 50},${(d % 300) + 0.5}`);
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
