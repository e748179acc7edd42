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
      'face-to-face', 'face to face', 'f2f', 'winkel', 'in de winkel', 'fysieke winkel', 'balie', 'loket', 'kassa', 'fysiek',
      'persoonlijk', 'filiaal', 'showroom', 'store', 'shop', 'in store', 'in-store', 'in person', 'counter', 'offline',
    ],
  },
  {
    id: 'phone',
    kind: 'traditional',
    names: [
      'phone', 'telefoon', 'telefonisch', 'tel', 'bellen', 'gebeld', 'belt', 'belletje', 'call', 'calls', 'callcenter',
      'call center', 'telephone', 'hotline',
    ],
  },
  {
    id: 'website',
    kind: 'digital',
    names: [
      'website', 'webshop', 'web', 'site', 'webwinkel', 'online shop', 'internet', 'online', 'www', 'homepage',
      'landingspagina', 'landing page', 'webpagina', 'klantportaal', 'portal', 'mijn omgeving',
    ],
  },
  { id: 'email', kind: 'digital', names: ['email', 'e-mail', 'mail', 'e-mails', 'emails', 'mails', 'mailtje', 'mailen', 'gemaild', 'inbox'] },
  { id: 'newsletter', kind: 'digital', names: ['newsletter', 'newsletters', 'nieuwsbrief', 'nieuwsbrieven'] },
  {
    id: 'social',
    kind: 'digital',
    names: [
      'social media', 'sociale media', 'social', 'socials', 'instagram', 'insta', 'ig', 'facebook', 'fb', 'linkedin',
      'tiktok', 'tik tok', 'x', 'twitter', 'youtube', 'yt', 'pinterest', 'snapchat', 'threads', 'bluesky', 'reddit',
      'influencer', 'influencers',
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
  { id: 'post', kind: 'traditional', names: ['post', 'brief', 'letter', 'direct mail', 'mailing', 'per post'] },
  { id: 'app', kind: 'digital', names: ['app', 'apps', 'mobiele app', 'mobile app', 'applicatie', 'ios', 'android'] },
  {
    id: 'chat',
    kind: 'digital',
    // A DM is a private message on a social network: a conversation, like WhatsApp and Messenger.
    // Dutch "appen"/"appje" is sending a WhatsApp message (the app itself is #app).
    names: [
      'chat', 'chatten', 'whatsapp', 'whats app', 'wa', 'appen', 'appje', 'geappt', 'chatbot', 'live chat', 'livechat',
      'webchat', 'messenger', 'dm', 'dms', 'direct message', 'direct messages', 'privebericht', 'sms', 'sms je',
      'sms en', 'tekstbericht', 'telegram', 'signal',
    ],
  },
  { id: 'word-of-mouth', kind: 'traditional', names: ['mond-tot-mond', 'mond tot mond', 'word of mouth', 'via via'] },
];

/**
 * Words teams put in square brackets that are no channel ("[TODO]", "[Idee]", "[Quote]"): a
 * bracket tag of an unknown name is a custom channel unless it is one of these (or a lane, stage
 * or special-section name, a score, or a key: value tag).
 */
export const NOT_CHANNEL_TAGS: readonly string[] = [
  'todo', 'to do', 'tbd', 'wip', 'nb', 'ok', 'nieuw', 'new', 'idee', 'idea', 'ideeen', 'ideas', 'vraag', 'vragen',
  'question', 'questions', 'quote', 'citaat', 'note', 'notitie', 'opmerking', 'comment', 'voorbeeld', 'example',
  'aanname', 'assumption', 'hypothese', 'hypothesis', 'inzicht', 'insight', 'pijn', 'pain', 'kans', 'quick win',
  'quickwin', 'urgent', 'belangrijk', 'important', 'prio', 'priority', 'klant', 'customer', 'persona',
];
