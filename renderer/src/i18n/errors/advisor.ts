/** Error reasons of the matrix advisor (keys under `advisor.`). */
export const advisorErrors = {
  'zh-CN': {
    advisor: {
      findingNotFiring: '这个问题现在已不存在（数据已变化），请刷新后再试',
      alreadyDismissed: '这个问题已经被忽略了',
      notDismissed: '这个问题没有被忽略，无需恢复',
    },
  },
  en: {
    advisor: {
      findingNotFiring: 'This finding no longer applies (the data has changed); refresh and try again',
      alreadyDismissed: 'This finding is already dismissed',
      notDismissed: 'This finding is not dismissed, so there is nothing to restore',
    },
  },
} as const;
