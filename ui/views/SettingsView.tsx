/**
 * Settings: what belongs to the board (shared by everyone on it, saved with save-board-settings)
 * and what is personal (saved with save-preferences, applied at once).
 */
import { useEffect, useState } from 'preact/hooks';
import { Button, Checkbox, SegmentedControl, Textbox, TextboxMultiline, Toggle } from '../kit';
import type { Preferences } from '../../src/messages';
import { STAGE_IDS, type Lang } from '../../src/domain';
import type { BoardSettings, WriteBackChoices } from '../../src/settings';
import { useStrings } from '../i18n';
import { channelNamesToText, nameListToText, parseChannelNames, parseNameList } from '../settingsForm';

const AUTO = 'auto';
function langFromValue(value: string): Lang | null {
  return value === 'nl' || value === 'en' ? value : null;
}

export function SettingsView(props: {
  settings: BoardSettings;
  preferences: Preferences;
  /** A writing action runs: saving waits until it is done. */
  busy?: boolean;
  onSaveBoard: (settings: BoardSettings) => void;
  onPreferences: (preferences: Preferences) => void;
}) {
  const t = useStrings().settings;
  const [draft, setDraft] = useState(() => toDraft(props.settings));
  // A new board setting from the sandbox (another participant saved) replaces the draft.
  useEffect(() => setDraft(toDraft(props.settings)), [props.settings]);
  const writeBackKeys: { key: keyof WriteBackChoices; label: string }[] = [
    { key: 'markers', label: t.markers },
    { key: 'colours', label: t.colours },
    { key: 'curve', label: t.curve },
    { key: 'improvements', label: t.improvementsSection },
  ];
  const langOptions = [
    { value: AUTO, children: t.auto },
    { value: 'nl', children: t.dutch },
    { value: 'en', children: t.english },
  ];
  const prefs = props.preferences;
  return (
    <div class="jc-view jc-settings">
      <section aria-labelledby="jc-personal">
        <h2 class="jc-h2" id="jc-personal">
          {t.personalTitle}
        </h2>
        <div class="jc-field">
          <Toggle value={prefs.live} onValueChange={(live) => props.onPreferences({ ...prefs, live })}>
            {t.live}
          </Toggle>
        </div>
        <div class="jc-field" role="radiogroup" aria-label={t.csvSeparator}>
          <span class="jc-label">{t.csvSeparator}</span>
          <SegmentedControl
            value={prefs.csvSeparator}
            options={[
              { value: ';', children: t.semicolon },
              { value: ',', children: t.comma },
            ]}
            onValueChange={(value) => props.onPreferences({ ...prefs, csvSeparator: value === ',' ? ',' : ';' })}
          />
        </div>
        <div class="jc-field" role="radiogroup" aria-label={t.uiLang}>
          <span class="jc-label">{t.uiLang}</span>
          <SegmentedControl
            value={prefs.uiLang ?? AUTO}
            options={[{ value: AUTO, children: t.followBoard }, ...langOptions.slice(1)]}
            onValueChange={(value) => props.onPreferences({ ...prefs, uiLang: langFromValue(value) })}
          />
        </div>
      </section>
      <section aria-labelledby="jc-board">
        <h2 class="jc-h2" id="jc-board">
          {t.boardTitle}
        </h2>
        <div class="jc-field" role="radiogroup" aria-label={t.boardLang}>
          <span class="jc-label">{t.boardLang}</span>
          <SegmentedControl
            value={draft.lang ?? AUTO}
            options={langOptions}
            onValueChange={(value) => setDraft({ ...draft, lang: langFromValue(value) })}
          />
        </div>
        <fieldset class="jc-fieldset">
          <legend class="jc-label">{t.writeBack}</legend>
          {writeBackKeys.map(({ key, label }) => (
            <div class="jc-field" key={key}>
              <Checkbox
                value={draft.writeBack[key]}
                onValueChange={(on) => setDraft({ ...draft, writeBack: { ...draft.writeBack, [key]: on } })}
              >
                {label}
              </Checkbox>
            </div>
          ))}
        </fieldset>
        <fieldset class="jc-fieldset">
          <legend class="jc-label">
            {t.extraPhases} <span class="jc-muted">({t.extraPhasesHint})</span>
          </legend>
          {STAGE_IDS.map((stage) => (
            <label class="jc-field jc-labelled" key={stage}>
              <span class="jc-label">{t.stages[stage]}</span>
              <Textbox
                variant="border"
                value={draft.stageText[stage]}
                onValueInput={(value) => setDraft({ ...draft, stageText: { ...draft.stageText, [stage]: value } })}
              />
            </label>
          ))}
        </fieldset>
        <label class="jc-field jc-labelled">
          <span class="jc-label">
            {t.extraChannels} <span class="jc-muted">({t.extraChannelsHint})</span>
          </span>
          <TextboxMultiline
            variant="border"
            rows={3}
            value={draft.channelText}
            onValueInput={(value) => setDraft({ ...draft, channelText: value })}
          />
        </label>
        <Button disabled={props.busy === true} onClick={() => props.onSaveBoard(fromDraft(draft))}>
          {t.save}
        </Button>
      </section>
    </div>
  );
}

interface Draft {
  lang: Lang | null;
  writeBack: WriteBackChoices;
  stageText: Record<(typeof STAGE_IDS)[number], string>;
  channelText: string;
}

function toDraft(settings: BoardSettings): Draft {
  const names = settings.extraStageNames;
  const stageText = {
    orientation: nameListToText(names.orientation),
    consideration: nameListToText(names.consideration),
    purchase: nameListToText(names.purchase),
    use: nameListToText(names.use),
    aftersales: nameListToText(names.aftersales),
  };
  return { lang: settings.lang, writeBack: { ...settings.writeBack }, stageText, channelText: channelNamesToText(settings.extraChannelNames) };
}

function fromDraft(draft: Draft): BoardSettings {
  const extraStageNames: BoardSettings['extraStageNames'] = {};
  for (const stage of STAGE_IDS) {
    const names = parseNameList(draft.stageText[stage]);
    if (names.length > 0) extraStageNames[stage] = names;
  }
  return { lang: draft.lang, extraStageNames, extraChannelNames: parseChannelNames(draft.channelText), writeBack: draft.writeBack };
}
