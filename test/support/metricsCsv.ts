/** A daily account-level export as platform back-ends write it: `rows` rows spread over `handles`. */
export function dailyMetricsCsv(handles: readonly string[], days: number, firstDay = '2024-01-01'): string {
  const start = Date.parse(`${firstDay}T00:00:00Z`);
  const lines = ['日期,账号,播放量,点赞,评论,成交金额'];
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const [i, handle] of handles.entries()) {
      const views = 1000 + ((d * 31 + i * 17) % 5000);
      lines.push(`${date},${handle},${views},${views >> 4},${views >> 7},${(views / 10).toFixed(2)}`);
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
