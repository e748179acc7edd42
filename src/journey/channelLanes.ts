// The channel lanes of each journey: declared by cells and row labels, or named by a touchpoint's tag.
import type { BoardLayout } from './boardLayout';
import { channelInfo } from './channelInfo';
import type { ChannelInfo, ChannelLane } from './model';

export class ChannelLanes {
  /** Per journey: lane by channel key, in the order first declared or named. */
  private readonly byKey: Map<string, ChannelLane>[];

  constructor(journeys: number) {
    this.byKey = Array.from({ length: journeys }, () => new Map<string, ChannelLane>());
  }

  /** The lanes a journey's row labels and cell sections declare, before any sticky is read. */
  declareFrom(layout: BoardLayout): void {
    layout.frames.forEach((frame, j) => {
      for (const label of layout.bands[j]?.all ?? []) {
        if (label.meaning.type === 'channel') this.declare(j, channelInfo(label.name, label.meaning.channel), label.nodeId);
      }
      for (const phase of frame.phases) {
        for (const child of phase.section.children) {
          const role = layout.classified.roleOf(child);
          if (role.type === 'cell' && role.meaning.type === 'channel') this.declare(j, channelInfo(role.name, role.meaning.channel), child.node.id);
        }
      }
    });
  }

  /** A touchpoint of `journey` uses `channel` (a lane is added when only a tag names it). */
  count(journey: number, channel: ChannelInfo): void {
    const lanes = this.byKey[journey];
    if (!lanes) return;
    const lane = lanes.get(channel.key);
    if (lane) lane.touchpointCount++;
    else lanes.set(channel.key, { channel, nodeIds: [], touchpointCount: 1 });
  }

  lanesOf(journey: number): ChannelLane[] {
    return [...(this.byKey[journey]?.values() ?? [])];
  }

  private declare(journey: number, channel: ChannelInfo, nodeId: string): void {
    const lanes = this.byKey[journey];
    if (!lanes) return;
    const lane = lanes.get(channel.key);
    if (lane) lane.nodeIds.push(nodeId);
    else lanes.set(channel.key, { channel, nodeIds: [nodeId], touchpointCount: 0 });
  }
}
