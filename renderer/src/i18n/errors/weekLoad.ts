/** Error reasons of the calendar's week-load header (keys under `weekLoad.`). */
export const weekLoadErrors = {
  'zh-CN': {
    weekLoad: {
      spanTooLong: '一次最多查看相距 {{max}} 周以内的周负荷',
    },
  },
  en: {
    weekLoad: {
      spanTooLong: 'Week loads can be read for weeks at most {{max}} weeks apart',
    },
  },
} as const;
