import { demoHandlers } from './demo';
import { destinationHandlers } from './destinations';
import { exportHandlers } from './export';
import { eventTypeHandlers } from './eventTypes';
import { meHandlers } from './me';
import { recordHandlers } from './records';
import { retentionHandlers } from './retention';
import { savedSearchHandlers } from './savedSearches';
import { timelineHandlers } from './timeline';

export const handlers = [
  ...meHandlers,
  ...eventTypeHandlers,
  ...timelineHandlers,
  ...recordHandlers,
  ...exportHandlers,
  ...destinationHandlers,
  ...retentionHandlers,
  ...savedSearchHandlers,
  ...demoHandlers,
];
