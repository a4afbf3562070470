import { z } from 'zod';
import { createPersisted } from './storage';

export const themeModeSchema = z.enum(['light', 'dark', 'system']);
export type ThemeMode = z.infer<typeof themeModeSchema>;
export const themePreference = createPersisted<ThemeMode>('audit-console.theme', themeModeSchema, 'system');

export const timeZoneSchema = z.enum(['utc', 'local']);
export type TimeZoneChoice = z.infer<typeof timeZoneSchema>;
export const timeZonePreference = createPersisted<TimeZoneChoice>(
  'audit-console.timezone',
  timeZoneSchema,
  'utc',
);

/** single-key shortcuts (`/`, `?`, `e`…) can be turned off (WCAG 2.1.4: speech input types them) */
export const singleKeyShortcutsPreference = createPersisted<boolean>(
  'audit-console.single-key-shortcuts',
  z.boolean(),
  true,
);
