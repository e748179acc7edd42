/**
 * "Template": a ready journey board at the viewport centre — title, persona, the five standard
 * phases × the nine channels as nested cell sections, an improvements section and a legend of
 * how to note feelings, votes and effort. It is the team's board from then on: nothing in it is
 * tagged as ours, so "clear" never removes it. Prompts are text, not stickies, so a check of the
 * fresh template does not mistake them for touchpoints, personas or ideas.
 */
import { stringsFor } from '../i18n';
import type { Lang } from '../settings';
import { LABEL_FONT, loadFontsAsync, fontLabel } from './fonts';
import { solidPaint } from './paint';
import type { WriteLog } from './writeLog';

const CELL_W = 480;
const CELL_H = 280;
const GAP = 16;
const PHASE_PAD = 24;
const PHASE_TOP = 64;
const JOURNEY_PAD = 48;
const JOURNEY_TOP = 96;
const PHASE_GAP = 32;
const SIDE_W = 640;
const SIDE_GAP = 120;

export interface TemplateResult {
  journeyId: string;
  /** A font that could not be loaded (texts were left out), or null. */
  missingFont: string | null;
}

export async function insertTemplateAsync(lang: Lang, log: WriteLog): Promise<TemplateResult> {
  const t = stringsFor(lang).plugin.template;
  const missing = await loadFontsAsync([LABEL_FONT]);
  const fontOk = missing.length === 0;
  const page = figma.currentPage;

  const phaseW = CELL_W + 2 * PHASE_PAD;
  const phaseH = PHASE_TOP + t.channels.length * CELL_H + (t.channels.length - 1) * GAP + PHASE_PAD;
  const journeyW = 2 * JOURNEY_PAD + t.phases.length * phaseW + (t.phases.length - 1) * PHASE_GAP;
  const journeyH = JOURNEY_TOP + phaseH + JOURNEY_PAD;
  const totalW = SIDE_W + SIDE_GAP + journeyW + SIDE_GAP + SIDE_W;
  const centre = figma.viewport.center;
  const left = Math.round(centre.x - totalW / 2);
  const top = Math.round(centre.y - journeyH / 2);
  const journeyX = left + SIDE_W + SIDE_GAP;

  const created: SceneNode[] = [];
  if (fontOk) {
    const title = figma.createText();
    log.own(title);
    title.fontName = LABEL_FONT;
    title.fontSize = 64;
    title.characters = t.title;
    title.x = journeyX;
    title.y = top - 160;
    created.push(title);
  }

  const journey = section(log, page, t.journey, journeyX, top, journeyW, journeyH, '#FFFFFF');
  created.push(journey);
  t.phases.forEach((phaseName, p) => {
    const phase = section(log, journey, phaseName, JOURNEY_PAD + p * (phaseW + PHASE_GAP), JOURNEY_TOP, phaseW, phaseH, '#F9F9F9');
    t.channels.forEach((channel, c) => {
      section(log, phase, channel, PHASE_PAD, PHASE_TOP + c * (CELL_H + GAP), CELL_W, CELL_H, '#FFFFFF');
    });
  });

  const persona = section(log, page, t.persona, left, top, SIDE_W, 640, '#F8F5FF');
  const improvements = section(log, page, t.improvements, journeyX + journeyW + SIDE_GAP, top, SIDE_W, 1200, '#F5FBFF');
  const legend = section(log, page, t.legend, left, top + 640 + SIDE_GAP, SIDE_W, 300 + t.legendItems.length * 260, '#FFFBF0');
  created.push(persona, improvements, legend);
  if (fontOk) {
    prompt(log, persona, t.personaPrompt);
    prompt(log, improvements, t.improvementsPrompt);
    t.legendItems.forEach((item, i) => {
      const sticky = figma.createSticky();
      log.own(sticky);
      legend.appendChild(sticky);
      sticky.text.fontName = LABEL_FONT;
      sticky.text.characters = item;
      sticky.isWideWidth = true;
      sticky.x = 40;
      sticky.y = 80 + i * 260;
    });
  }

  page.selection = [journey];
  figma.viewport.scrollAndZoomIntoView(created);
  const first = missing[0];
  return { journeyId: journey.id, missingFont: first ? fontLabel(first) : null };
}

function section(log: WriteLog, parent: BaseNode & ChildrenMixin, name: string, x: number, y: number, width: number, height: number, fill: string): SectionNode {
  const node = figma.createSection();
  log.own(node);
  if (parent.type !== 'PAGE') parent.appendChild(node);
  node.name = name;
  node.resizeWithoutConstraints(width, height);
  node.fills = [solidPaint(fill)];
  node.x = x;
  node.y = y;
  return node;
}

function prompt(log: WriteLog, parent: SectionNode, text: string): void {
  const node = figma.createText();
  log.own(node);
  parent.appendChild(node);
  node.fontName = LABEL_FONT;
  node.fontSize = 24;
  node.characters = text;
  node.resize(parent.width - 80, 120);
  node.textAutoResize = 'HEIGHT';
  node.fills = [solidPaint('#757575')];
  node.x = 40;
  node.y = 64;
}
