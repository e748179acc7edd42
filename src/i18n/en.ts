/**
 * Every user-facing English string of Journey Check, in one place. Dutch lives in nl.ts with
 * the same shape (the type checker enforces it). Grouped by where the text appears; each
 * group is owned by one area of the code.
 */
export const en = {
  /** Findings and improvement reasons written by the engine (src/checks, src/improve). */
  engine: {},
  /** Headings and labels of the text / markdown / csv reports and the CLI (src/report, src/cli.ts). */
  report: {},
  /** Notifications, markers, curve and section titles, template texts (src/figjam, src/main.ts). */
  plugin: {},
  /** Panel labels (ui/). */
  ui: {
    title: 'Journey Check',
    tabs: { coverage: 'Coverage', curve: 'Emotion', findings: 'Findings', improvements: 'Improvements', settings: 'Settings' },
    actions: {
      refresh: 'Refresh',
      check: 'Check & write back',
      restore: 'Restore colours',
      clear: 'Clear',
      template: 'Insert template',
      showOnBoard: 'Show on board',
      showMore: (left: number) => `Show more (${left} left)`,
    },
    live: { label: 'Live', on: 'Live: the panel follows the board', off: 'Live is off: press Refresh' },
    summary: (journeys: number, touchpoints: number, errors: number, warnings: number) =>
      `${journeys} ${journeys === 1 ? 'journey' : 'journeys'}, ${touchpoints} touchpoints, ${errors} errors, ${warnings} warnings`,
    waiting: 'Reading the board…',
    emptyBoard: 'No journey found. Insert a template or name sections after phases (Orientation, Purchase …).',
    coverage: {
      caption: (journey: string) => `Touchpoints per phase and channel in ${journey}`,
      channel: 'Channel',
      noChannel: 'No channel',
      emptyCell: 'none',
      cellLabel: (count: number, phase: string, channel: string) => `${count} in ${phase} via ${channel}`,
      meanLabel: (score: string) => `mean emotion ${score}`,
      personas: 'Personas',
      noPersonas: 'No persona on this journey',
      globalPersona: 'whole board',
      participation: 'Participation',
      noAuthors: 'No author names on this board',
      author: 'Author',
      legendNegative: 'negative',
      legendNeutral: 'neutral',
      legendPositive: 'positive',
      legendEmpty: 'empty',
    },
    curve: {
      title: 'Emotion curve',
      description: 'Mean emotion per phase, from −2 (very negative) to +2 (very positive).',
      neutral: 'neutral',
      noScore: 'no feeling stated',
      phase: 'Phase',
      noData: 'No phases to plot yet.',
    },
    findings: {
      severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
      none: 'No findings: the board looks complete.',
      where: 'Where',
    },
    improvements: {
      none: 'No improvements on the board yet.',
      rank: '#',
      score: 'Score',
      effort: 'Effort',
      votes: 'Votes',
      quickWin: 'Quick win',
      needsIdea: 'Needs an idea',
      effortLevel: { low: 'low', medium: 'medium', high: 'high' },
      unknown: '–',
    },
    settings: {
      boardTitle: 'Board settings (shared with everyone on this board)',
      personalTitle: 'My preferences',
      boardLang: 'Report language',
      auto: 'Automatic',
      dutch: 'Nederlands',
      english: 'English',
      extraPhases: 'Extra phase names',
      extraPhasesHint: 'Comma-separated, per stage',
      stages: { orientation: 'Orientation', consideration: 'Consideration', purchase: 'Purchase', use: 'Use', aftersales: 'After sales' },
      extraChannels: 'Extra channel names',
      extraChannelsHint: 'One per line: Name: alias, alias',
      writeBack: 'Write back on the board',
      markers: 'Markers at gaps',
      colours: 'Colour touchpoints by emotion',
      curve: 'Emotion curve',
      improvementsSection: 'Improvements section',
      save: 'Save board settings',
      saved: 'Board settings saved',
      live: 'Live mode',
      csvSeparator: 'CSV separator',
      semicolon: 'Semicolon (Excel NL)',
      comma: 'Comma',
      uiLang: 'Panel language',
      followBoard: 'Follow the board',
    },
    export: {
      title: 'Export',
      csv: 'CSV',
      json: 'JSON',
      markdown: 'Markdown',
      done: (file: string) => `Saved ${file}`,
    },
    status: {
      zoomed: (shown: number, missing: number) =>
        missing === 0 ? `Showing ${shown} on the board` : `Showing ${shown}; ${missing} no longer on the board`,
      written: 'Written on the board',
      refreshed: (ms: number) => `Updated in ${ms} ms`,
    },
  },
};

export type Strings = typeof en;
