// Channel vocabulary (data): canonical channel ids, their kind and their names NL/EN.
import type { ChannelKind } from '../domain';

export interface ChannelDefinition {
  id: string;
  kind: ChannelKind;
  names: readonly string[];
}

export const CHANNELS: readonly ChannelDefinition[] = [
  {
    id: 'face-to-face',
    kind: 'traditional',
    names: [
      'face-to-face', 'face to face', 'f2f', 'winkel', 'in de winkel', 'balie', 'loket', 'kassa', 'fysiek',
      'persoonlijk', 'filiaal', 'showroom', 'store', 'shop', 'in store', 'in-store', 'in person', 'counter',
    ],
  },
  { id: 'phone', kind: 'traditional', names: ['phone', 'telefoon', 'telefonisch', 'bellen', 'call', 'callcenter', 'call center', 'telephone'] },
  { id: 'website', kind: 'digital', names: ['website', 'webshop', 'web', 'site', 'webwinkel', 'online shop', 'internet', 'online'] },
  { id: 'email', kind: 'digital', names: ['email', 'e-mail', 'mail', 'e-mails', 'emails'] },
  { id: 'newsletter', kind: 'digital', names: ['newsletter', 'nieuwsbrief'] },
  {
    id: 'social',
    kind: 'digital',
    names: [
      'social media', 'sociale media', 'social', 'socials', 'instagram', 'facebook', 'linkedin', 'tiktok', 'x',
      'twitter', 'youtube', 'pinterest', 'snapchat', 'threads', 'bluesky',
    ],
  },
  { id: 'tv', kind: 'traditional', names: ['tv', 'televisie', 'television', 'tv-reclame'] },
  { id: 'radio', kind: 'traditional', names: ['radio'] },
  {
    id: 'print',
    kind: 'traditional',
    names: [
      'print', 'krant', 'newspaper', 'folder', 'brochure', 'flyer', 'tijdschrift', 'magazine', 'drukwerk',
      'advertentie', 'catalogus', 'catalogue', 'poster', 'billboard', 'abri',
    ],
  },
  { id: 'post', kind: 'traditional', names: ['post', 'brief', 'letter', 'direct mail', 'mailing'] },
  { id: 'app', kind: 'digital', names: ['app', 'mobiele app', 'mobile app', 'applicatie'] },
  { id: 'chat', kind: 'digital', names: ['chat', 'whatsapp', 'chatbot', 'live chat', 'livechat', 'messenger'] },
  { id: 'word-of-mouth', kind: 'traditional', names: ['mond-tot-mond', 'mond tot mond', 'word of mouth', 'via via'] },
];
